import { getCollection } from 'astro:content';
import { getGlossary } from '../glossary/collection';
import type { GlossaryTerm } from '../glossary/load';
import { vocabulary } from './compounds';

const termText = (term: GlossaryTerm, lang: string) => [term.label[lang], ...term.aliases[lang]!, term.definition[lang], term.explanation[lang]].join(' ');

const cached = new Map<string, Promise<Set<string>>>();

/** Every word of a language's pages and glossary: the parts a compound may be split into. */
export function languageVocabulary(lang: string): Promise<Set<string>> {
  if (!cached.has(lang)) {
    cached.set(
      lang,
      (async () => {
        const pages = await getCollection('docs', (entry) => entry.id.startsWith(`${lang}/`));
        return vocabulary([...pages.map((page) => page.body ?? ''), ...(await getGlossary(lang)).map((term) => termText(term, lang))]);
      })(),
    );
  }
  return cached.get(lang)!;
}

/** The text of one glossary term in a language, as its page shows it. */
export async function glossaryTermText(id: string, lang: string): Promise<string> {
  const term = (await getGlossary(lang)).find((candidate) => candidate.id === id);
  return term ? termText(term, lang) : '';
}
