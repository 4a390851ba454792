import { getCollection } from 'astro:content';
import { termForms } from './forms';
import type { GlossaryTerm } from './load';
import { createTermMatcher, type Lang, type TermMatcher } from './matcher';
import { glossaryLangs } from './langs';
import { splitSections, sectionsMentioning, type PageSection } from './mentions';

export { glossaryLangs };

/** All terms from the `glossary` collection, sorted by their label in the given language. */
export async function getGlossary(lang: Lang): Promise<GlossaryTerm[]> {
  const entries = await getCollection('glossary');
  return entries
    .map((entry) => ({ ...entry.data, id: entry.id, file: entry.filePath ?? entry.id }))
    .sort((a, b) => a.label[lang].localeCompare(b.label[lang], lang, { sensitivity: 'base' }));
}

export interface Mentioning {
  articleId: string;
  articleTitle: string;
  sections: PageSection[];
}

const matchers = new Map<Lang, Promise<TermMatcher>>();
const matcherFor = (lang: Lang) => {
  if (!matchers.has(lang)) matchers.set(lang, getGlossary(lang).then((terms) => createTermMatcher(termForms(terms, lang), lang)));
  return matchers.get(lang)!;
};

/** Every article section that mentions the term, computed from the article text. */
export async function getMentions(termId: string, lang: Lang): Promise<Mentioning[]> {
  const matcher = await matcherFor(lang);
  const articles = (await getCollection('docs', (entry) => entry.id.startsWith(`${lang}/articles/`))).sort(
    (a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0),
  );
  return articles
    .map((article) => ({
      articleId: article.id,
      articleTitle: article.data.title,
      sections: sectionsMentioning(termId, splitSections(article.body ?? ''), matcher),
    }))
    .filter((mentioning) => mentioning.sections.length > 0);
}
