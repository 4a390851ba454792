/**
 * The site's search engine. The build puts it at `/pagefind/pagefind.js`, where Starlight's search
 * UI (and every other caller) loads Pagefind, and moves Pagefind's own module to `pagefind-core.js`
 * beside it (src/integrations/search-engine.ts). It has Pagefind's API; `search` adds what readers
 * need on top of Pagefind's "every word must match":
 * - stop words of questions are left out ("how much did training cost" → training cost);
 * - words that no page contains are dropped, and the closest known word is suggested ("Nvida" → Nvidia);
 * - when no page has all the words, pages with most of them come first;
 * - a glossary alias in a query also searches the term's label ("Börsenwert" → Marktkapitalisierung);
 * - a query naming a glossary term puts its term page first, and so does a question about a term
 *   when few pages have all its words;
 * - the best-matching section of a page comes first among its sub-results;
 * - with no results at all, the other languages are searched and offered.
 * What it did is in the response's `dossier` field and in a `dossier:search` event for the UI.
 */
import {
  bestSectionsFirst,
  closestWord,
  contentWords,
  joinWords,
  mergeNameShards,
  queryNameKeys,
  nameShard,
  queryWords,
  rankBySubsets,
  pageNamed,
  termMentioned,
  termsLike,
  typoUnits,
  withTermLabels,
  type SearchNames,
  type SearchVocabulary,
} from '~/lib/search/query';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; sub_results: { url: string; locations: unknown[] }[] }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  dossier?: SearchOutcome;
}
type SearchOptions = Record<string, unknown>;
interface PagefindApi {
  options(options: SearchOptions): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindResponse>;
  filters(): Promise<unknown>;
  createInstance(options: SearchOptions): Omit<PagefindApi, 'createInstance'>;
}

/** What the engine did for one query. */
export interface SearchOutcome {
  query: string;
  /** The query actually run, when it differs from the typed one. */
  searched?: string;
  /** No page had all the words: the results have some of them. */
  someWords?: boolean;
  /** The typed query with every unknown word replaced by the closest known word. */
  suggestion?: string;
  /** The page the query names (a glossary term, a page title or heading, a term's name in another language), put first. */
  named?: string;
  /** With no results: glossary terms the query may have meant. */
  terms?: { label: string; path: string }[];
  /** With no results here: the other languages that have some, with their first result. */
  otherLanguages?: { code: string; label: string; path: string; count: number; first: string }[];
}

const core = (await import(/* @vite-ignore */ new URL('./pagefind-core.js', import.meta.url).href)) as PagefindApi & Record<string, unknown>;
// Pagefind finds its files from its module's name, which is no longer pagefind.js: tell it.
const basePath = new URL('./', import.meta.url).pathname;
let currentOptions: SearchOptions = { basePath };
await core.options(currentOptions);

export const { init, destroy, filters, preload, mergeIndex, createInstance } = core;
export async function options(options: SearchOptions) {
  currentOptions = { ...options, basePath };
  await core.options(currentOptions);
}

const vocabularyUrl = () => document.getElementById('search-help')?.dataset.vocabulary;
let vocabulary: Promise<SearchVocabulary | undefined> | undefined;
/** The language's vocabulary, fetched once (the search help reads it too); without it (a page without the site's search) Pagefind searches alone. */
export const vocabularyOfPage = () =>
  (vocabulary ??= (async () => {
    const url = vocabularyUrl();
    const response = url ? await fetch(url) : undefined;
    return response?.ok ? ((await response.json()) as SearchVocabulary) : undefined;
  })());

const nameShards = new Map<number, Promise<SearchNames>>();
/** The names of terms and pages that queries may use: the shards their words fall in, each fetched once. */
async function namesFor(queries: string[], help: SearchVocabulary): Promise<SearchNames> {
  const stopwords = new Set(help.stopwords);
  const shards = new Set(queries.flatMap((query) => queryNameKeys(query, stopwords, help.tag)).map((key) => nameShard(key, help.nameShards)));
  const empty: SearchNames = { terms: [], pages: [], foreignTerms: [] };
  const fetched = [...shards].map((shard) => {
    if (!nameShards.has(shard)) {
      const url = vocabularyUrl()!.replace(/\.json$/, `/${shard}.json`);
      // Without a shard the search goes on, as Pagefind alone would.
      const names = fetch(url).then((response) => (response.ok ? (response.json() as Promise<SearchNames>) : empty));
      nameShards.set(shard, names.catch(() => empty));
    }
    return nameShards.get(shard)!;
  });
  return mergeNameShards(await Promise.all(fetched));
}

const otherIndexes = new Map<string, Omit<PagefindApi, 'createInstance'>>();
/** Another language's index, loaded once and only when this language found nothing. */
async function otherIndex(tag: string) {
  if (!otherIndexes.has(tag)) {
    // Pagefind picks an instance's language from <html lang> when it is created, and takes no option for it.
    const html = document.documentElement;
    const own = html.lang;
    html.lang = tag;
    try {
      otherIndexes.set(tag, core.createInstance({ basePath }));
    } finally {
      html.lang = own;
    }
    await otherIndexes.get(tag)!.options(currentOptions);
  }
  return otherIndexes.get(tag)!;
}

const pathOf = (url: string) => new URL(url, location.href).pathname;

/**
 * Puts a named page first. Its result is found by searching its name (a term's label, a page's
 * title), where it comes first; results are then matched by id, so no other result's data loads.
 */
async function putFirst(results: PagefindResult[], page: { path: string; name: string }, options: SearchOptions): Promise<boolean> {
  // Mostly it is first already (its data is what the UI shows first anyway).
  if (results[0] && pathOf((await results[0].data()).url) === page.path) return true;
  let named: PagefindResult | undefined;
  for (const result of (await core.search(page.name, options)).results.slice(0, 5)) {
    if (pathOf((await result.data()).url) !== page.path) continue;
    named = result;
    break;
  }
  if (!named) return false;
  const id = named.id;
  const at = results.findIndex((result) => result.id === id);
  if (at >= 0) results.splice(at, 1);
  results.unshift(named);
  return true;
}

/** Sub-results in order of matches, so the first one shown is the section that answers the query. */
function sectionsInOrderOfMatches(result: PagefindResult) {
  const data = result.data.bind(result);
  result.data = async () => {
    const page = await data();
    return { ...page, sub_results: bestSectionsFirst(page.sub_results, page.url) };
  };
}

/** Whether one of a word's first results contains it as typed: Pagefind also finds near misses ("Wenfang" → Wenfeng). */
async function appearsAsTyped(word: string, options: SearchOptions, tag: string): Promise<boolean> {
  const found = await core.search(word, options);
  const pages = await Promise.all(found.results.slice(0, 3).map((result) => result.data()));
  return pages.some((page) => page.content.toLocaleLowerCase(tag).includes(word.toLocaleLowerCase(tag)));
}

/**
 * "Did you mean": the query with each word that no page contains replaced by the closest known
 * word (glossary names, page titles and headings).
 */
async function suggestion(words: string[], help: SearchVocabulary, options: SearchOptions): Promise<string | undefined> {
  const { tag } = help;
  const known = new Set(help.words.map((word) => word.toLocaleLowerCase(tag)));
  const stopwords = new Set(help.stopwords);
  const units = typoUnits(words).filter((unit) => !stopwords.has(unit.toLocaleLowerCase(tag)));
  const corrected = await Promise.all(
    units.map(async (unit) => {
      const candidate = known.has(unit.toLocaleLowerCase(tag)) ? undefined : closestWord(unit, help.words, tag);
      return candidate && !(await appearsAsTyped(unit, options, tag)) ? candidate : unit;
    }),
  );
  return corrected.some((unit, i) => unit !== units[i]) ? joinWords(corrected) : undefined;
}

let filterIndexes: Promise<unknown> | undefined;

export async function search(term: string, options: SearchOptions = {}): Promise<PagefindResponse> {
  // Pagefind counts a response's filters from the filter files loaded so far, and its UI keeps the
  // filters the first response names: load them all before the first search.
  await (filterIndexes ??= core.filters());
  const query = term.trim();
  const help = query && !/^".+"$/.test(query) ? await vocabularyOfPage() : undefined;
  if (!help) return core.search(term, options);
  const { tag } = help;
  // Fetched while Pagefind searches.
  void namesFor([query], help);
  const outcome: SearchOutcome = { query };
  const words = queryWords(query, tag);
  const content = contentWords(words, new Set(help.stopwords), tag);
  let searched = content.length < words.length ? joinWords(content) : query;
  let response = await core.search(searched, options);

  if (response.results.length === 0 && content.length > 0) {
    const perWord = await Promise.all(content.map((word) => core.search(word, options)));
    const known = content.filter((_, i) => perWord[i]!.results.length > 0);
    if (known.length > 0 && known.length < content.length) {
      searched = joinWords(known);
      response = await core.search(searched, options);
    }
    if (response.results.length === 0 && known.length > 1) {
      const results = rankBySubsets(perWord.filter((found) => found.results.length > 0).map((found) => found.results));
      response = { ...perWord[0]!, results, unfilteredResultCount: results.length };
      outcome.someWords = true;
    }
  }
  if (searched !== query) outcome.searched = searched;
  outcome.suggestion = await suggestion(words, help, options);

  const { terms, pages, foreignTerms } = await namesFor([query, searched], help);
  const variants = withTermLabels(queryWords(searched, tag), terms, tag).slice(0, 2);
  if (variants.length > 0) {
    const found = await Promise.all(variants.map((variant) => core.search(joinWords(variant), options)));
    const results = rankBySubsets([response.results, ...found.map((f) => f.results)]);
    response = { ...response, results, unfilteredResultCount: results.length };
  }

  // The typed words first ("Was ist DeepSeek" is an article's title), then without stop words ("what is a Sputnik moment").
  const weak = response.results.length < 3 || outcome.someWords;
  const named =
    [query, searched].flatMap((words) => [terms, pages, foreignTerms].map((entries) => pageNamed(words, entries, tag))).find(Boolean) ??
    (weak ? termMentioned(queryWords(searched, tag), terms, tag) : undefined);
  if (named && (await putFirst(response.results, named, options))) {
    outcome.named = named.path;
    response = { ...response, unfilteredResultCount: Math.max(response.unfilteredResultCount, response.results.length) };
  }
  response.results.forEach(sectionsInOrderOfMatches);

  if (response.results.length === 0) {
    const others = await Promise.all(
      help.others.map(async (other) => {
        const found = await (await otherIndex(other.tag)).search(query, options);
        const first = found.results[0] ? pathOf((await found.results[0].data()).url) : '';
        return { code: other.code, label: other.label, path: other.path, count: found.results.length, first };
      }),
    );
    outcome.otherLanguages = others.filter((other) => other.count > 0);
    outcome.terms = termsLike(query, terms, tag)
      .slice(0, 5)
      .map(({ label, path }) => ({ label, path }));
  }
  response.dossier = outcome;
  document.dispatchEvent(new CustomEvent('dossier:search', { detail: outcome }));
  return response;
}

/** As Pagefind's: waits until typing pauses, then searches; an outdated call resolves to null. */
let latestCall = 0;
export async function debouncedSearch(term: string, options: SearchOptions = {}, wait = 300) {
  const call = ++latestCall;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return call === latestCall ? search(term, options) : null;
}
