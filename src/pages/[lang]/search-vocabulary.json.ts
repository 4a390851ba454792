import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getGlossary } from '~/lib/glossary/collection';
import { languageOf, languages } from '~/lib/languages';
import { queryWords, searchHelpStrings, type SearchVocabulary } from '~/lib/search/query';
import { stopwordsOf } from '~/lib/search/stopwords';
import { pageTypeOf } from '~/lib/site-pages';
import { uiStringsOf } from '~/lib/ui-strings';
import { pageUrl } from '~/lib/urls';

export const getStaticPaths = (() => languages.map((language) => ({ params: { lang: language.code } }))) satisfies GetStaticPaths;

/** Section headings of a page's Markdown ("## Die Ursprünge {#origins}"). */
const headings = (body: string) => [...body.matchAll(/^#{2,3}\s+(.+?)\s*(?:\{#[^}]*\})?\s*$/gm)].map((match) => match[1]!.replace(/[*_`]/g, ''));

/**
 * What the site search needs beyond Pagefind's index, for one language, fetched when a reader
 * first searches: stop words, the words "Did you mean" may suggest, the names of terms and pages,
 * and the search help's texts.
 */
export const GET: APIRoute = async ({ params }) => {
  const language = languageOf(params.lang!);
  const { code, tag } = language;
  const terms = await getGlossary(code);
  const pages = await getCollection('docs', (entry) => entry.id.startsWith(`${code}/`) && pageTypeOf(entry.id) !== 'home');
  const termPath = (id: string) => pageUrl(`${code}/glossary/${id}`);
  const names = [
    ...terms.flatMap((term) => [term.label[code]!, ...(term.aliases[code] ?? [])]),
    ...pages.flatMap((page) => [page.data.title, ...headings(page.body ?? '')]),
  ];
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
    terms: terms.map((term) => ({ label: term.label[code]!, names: [term.label[code]!, ...(term.aliases[code] ?? [])], path: termPath(term.id) })),
    pages: pages.map((page) => ({
      // "Was ist DeepSeek?" is how a reader types the title "Was ist DeepSeek? Der Herausforderer, …".
      names: [page.data.title, page.data.title.split(/(?<=[?？:：])\s*/u)[0]!, ...headings(page.body ?? '')],
      path: pageUrl(page.id),
    })),
    foreignTerms: terms.map((term) => ({
      names: [term.label[code]!, ...languages.filter((other) => other !== language).flatMap((other) => [term.label[other.code]!, ...(term.aliases[other.code] ?? [])])],
      path: termPath(term.id),
    })),
    others: languages.filter((other) => other !== language).map((other) => ({ code: other.code, tag: other.tag, label: other.label, path: pageUrl(other.code) })),
    strings: Object.fromEntries(searchHelpStrings.map((key) => [key, uiStringsOf(code)[`search.${key}`]!])) as SearchVocabulary['strings'],
  };
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
