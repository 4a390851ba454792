import type { APIRoute, GetStaticPaths } from 'astro';
import { languageOf, languages } from '~/lib/languages';
import { searchNamesOf } from '~/lib/search/names';
import { queryWords, searchHelpStrings, type SearchVocabulary } from '~/lib/search/query';
import { stopwordsOf } from '~/lib/search/stopwords';
import { uiStringsOf } from '~/lib/ui-strings';
import { pageUrl } from '~/lib/urls';

export const getStaticPaths = (() => languages.map((language) => ({ params: { lang: language.code } }))) satisfies GetStaticPaths;

/**
 * What the site search needs beyond Pagefind's index, for one language, fetched when a reader
 * first searches: stop words, the words "Did you mean" may suggest, how the names of terms and
 * pages are sharded, and the search help's texts.
 */
export const GET: APIRoute = async ({ params }) => {
  const language = languageOf(params.lang!);
  const { code, tag } = language;
  const { all, shards } = await searchNamesOf(language);
  const names = [...all.terms, ...all.pages].flatMap((entry) => entry.names);
  // Words short enough to be typos of anything ("das") would only produce wrong suggestions.
  const long = (word: string) => word.length >= 4 && !/^\p{N}+$/u.test(word) && !/\p{Script=Han}/u.test(word);
  const words = new Set<string>();
  for (const name of names) {
    for (const word of queryWords(name, tag)) if (long(word)) words.add(word);
    // Chinese runs are taken whole: the segmenter splits names (英伟达 → 英伟 达), and a typo is looked for in the whole run.
    for (const [run] of name.matchAll(/\p{Script=Han}{2,8}/gu)) words.add(run);
  }
  const vocabulary: SearchVocabulary = {
    tag,
    stopwords: stopwordsOf(language),
    words: [...words],
    nameShards: shards.length,
    others: languages.filter((other) => other !== language).map((other) => ({ code: other.code, tag: other.tag, label: other.label, path: pageUrl(other.code) })),
    strings: Object.fromEntries(searchHelpStrings.map((key) => [key, uiStringsOf(code)[`search.${key}`]!])) as SearchVocabulary['strings'],
  };
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
