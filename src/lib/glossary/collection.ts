import { getCollection } from 'astro:content';
import { termForms } from './forms';
import type { GlossaryTerm } from './load';
import { languageOf } from '../languages';
import { createTermMatcher, type TermMatcher } from './matcher';
import { sectionsByTerm, splitSections, type PageSection } from './mentions';

const glossaries = new Map<string, Promise<GlossaryTerm[]>>();

/**
 * All terms from the `glossary` collection, sorted by their label in the given language. Read
 * once per language, as the matchers below: every term page asks for it, and reading and sorting
 * thousands of terms per page made the build grow with the square of the glossary.
 */
export function getGlossary(lang: string): Promise<GlossaryTerm[]> {
  if (!glossaries.has(lang)) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    glossaries.set(
      lang,
      getCollection('glossary').then((entries) =>
        entries.map((entry) => ({ ...entry.data, id: entry.id, file: entry.filePath ?? entry.id })).sort((a, b) => collator.compare(a.label[lang], b.label[lang])),
      ),
    );
  }
  return glossaries.get(lang)!;
}

export interface Mentioning {
  articleId: string;
  articleTitle: string;
  sections: PageSection[];
}

const matchers = new Map<string, Promise<TermMatcher>>();
const matcherFor = (lang: string) => {
  if (!matchers.has(lang)) matchers.set(lang, getGlossary(lang).then((terms) => createTermMatcher(termForms(terms, lang), languageOf(lang))));
  return matchers.get(lang)!;
};

const mentionIndexes = new Map<string, Promise<Map<string, Mentioning[]>>>();

/** Which article sections mention which term, computed once per language from the article text. */
function mentionIndex(lang: string): Promise<Map<string, Mentioning[]>> {
  if (!mentionIndexes.has(lang)) {
    mentionIndexes.set(
      lang,
      (async () => {
        const matcher = await matcherFor(lang);
        const articles = (await getCollection('docs', (entry) => entry.id.startsWith(`${lang}/articles/`))).sort(
          (a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0),
        );
        const index = new Map<string, Mentioning[]>();
        for (const article of articles) {
          for (const [termId, sections] of sectionsByTerm(splitSections(article.body ?? ''), matcher)) {
            index.set(termId, [...(index.get(termId) ?? []), { articleId: article.id, articleTitle: article.data.title, sections }]);
          }
        }
        return index;
      })(),
    );
  }
  return mentionIndexes.get(lang)!;
}

/** Every article section that mentions the term, computed from the article text. */
export async function getMentions(termId: string, lang: string): Promise<Mentioning[]> {
  return (await mentionIndex(lang)).get(termId) ?? [];
}
