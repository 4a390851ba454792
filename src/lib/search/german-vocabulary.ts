import { getCollection } from 'astro:content';
import { getGlossary } from '../glossary/collection';
import type { GlossaryTerm } from '../glossary/load';
import { vocabulary } from './compounds';

const termText = (term: GlossaryTerm) => [term.label.de, ...term.aliases.de, term.definition.de, term.explanation.de].join(' ');

let cached: Promise<Set<string>> | undefined;

/** Every word of the German pages and glossary: the parts a compound may be split into. */
export function germanVocabulary(): Promise<Set<string>> {
  cached ??= (async () => {
    const pages = (await getCollection('docs')).filter((entry) => entry.id.startsWith('de'));
    return vocabulary([...pages.map((page) => page.body ?? ''), ...(await getGlossary('de')).map(termText)]);
  })();
  return cached;
}

/** The German text of one glossary term, as its page shows it. */
export async function germanTermText(id: string): Promise<string> {
  const term = (await getGlossary('de')).find((candidate) => candidate.id === id);
  return term ? termText(term) : '';
}
