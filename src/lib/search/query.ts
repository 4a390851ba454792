import { distance } from 'fastest-levenshtein';

/**
 * How the site search reads a query, before and after Pagefind: pure functions shared by the
 * search engine in the browser (src/scripts/search/engine.ts) and the unit tests.
 */

/** What the build tells the search about one language (`/<code>/search-vocabulary.json`). */
export interface SearchVocabulary {
  /** BCP 47 tag of the language. */
  tag: string;
  /** Stop words of the language, lower case, from the list named in src/languages.json. */
  stopwords: string[];
  /** Known words for "Did you mean": glossary labels and aliases, page titles and names, each word once. */
  words: string[];
  /** How many shards the names of terms and pages are split into (`/<code>/search-vocabulary/<n>.json`). */
  nameShards: number;
  /** The other languages, for results in another language. */
  others: { code: string; tag: string; label: string; path: string }[];
  /** The search help's texts (`search.*` UI strings, without the prefix). */
  strings: Record<(typeof searchHelpStrings)[number], string>;
}

/**
 * The names readers may type for terms and pages. They grow with the content, so the build splits
 * them into shards by name (see wholeNameKey) and a search fetches only the shards of its words.
 * `n` is an entry's place in the whole list: merged shards keep the build's order.
 */
export interface SearchNames {
  /** Glossary terms: the label, names (the label first, then aliases) and the path of the term page. */
  terms: { n: number; label: string; names: string[]; path: string }[];
  /** What readers may type to name a page: its title (always first), the title's first clause and its section headings. */
  pages: { n: number; names: string[]; path: string }[];
  /** The glossary terms' names in the other languages ("Zensur" on an English page), with this language's term page. */
  foreignTerms: { n: number; names: string[]; path: string }[];
}

/**
 * The keys names are filed under. A page's name, and a term's name in another language, is looked
 * up only whole (`pageNamed`): filed under the whole name, normalised. A term's name is also looked
 * for inside longer queries (`termMentioned`, `withTermLabels`): filed under its first word that is
 * not a stop word; in Han script its first character, as a query may segment it differently.
 */
export const wholeNameKey = (name: string, tag: string) => `=${normaliseName(name, tag)}`;
export function firstWordKey(name: string, stopwords: ReadonlySet<string>, tag: string): string {
  const first = normaliseName(contentWords(queryWords(name, tag), stopwords, tag)[0] ?? name, tag);
  return /^\p{Script=Han}/u.test(first) ? [...first][0]! : first;
}

/** The keys of every name a query may contain: the whole query (typed, and without stop words), its content words, and each Han character in them. */
export function queryNameKeys(query: string, stopwords: ReadonlySet<string>, tag: string): string[] {
  const content = contentWords(queryWords(query, tag), stopwords, tag);
  const words = content.flatMap((word) => {
    const key = normaliseName(word, tag);
    return [key, ...[...key].filter((char) => /\p{Script=Han}/u.test(char))];
  });
  return [...new Set([wholeNameKey(query, tag), wholeNameKey(joinWords(content), tag), ...words])];
}

/** The shard of a key (FNV-1a hash): the same in the build and in the browser. */
export function nameShard(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/** Shards merged back into one list each, in the build's order; an entry in several shards has the names of each. */
export function mergeNameShards(shards: SearchNames[]): SearchNames {
  const merge = <E extends { n: number; names: string[] }>(lists: E[][]): E[] => {
    const entries = new Map<number, E>();
    for (const entry of lists.flat()) {
      const known = entries.get(entry.n);
      entries.set(entry.n, known ? { ...known, names: [...new Set([...known.names, ...entry.names])] } : entry);
    }
    return [...entries.values()].sort((a, b) => a.n - b.n);
  };
  return {
    terms: merge(shards.map((shard) => shard.terms)),
    pages: merge(shards.map((shard) => shard.pages)),
    foreignTerms: merge(shards.map((shard) => shard.foreignTerms)),
  };
}

/** The UI strings the search help shows, as keys of src/content/i18n/<tag>.json after `search.`. */
export const searchHelpStrings = ['showingResultsFor', 'someWords', 'didYouMean', 'otherLanguageResults', 'noResults.terms', 'noResults.otherLanguageHint'] as const;

// A segmenter is costly to create and a search segments hundreds of names: one per language.
const segmenters = new Map<string, Intl.Segmenter>();

/** The words of a query, segmented as the language needs it (Chinese has no spaces between words). */
export function queryWords(query: string, tag: string): string[] {
  if (!segmenters.has(tag)) segmenters.set(tag, new Intl.Segmenter(tag, { granularity: 'word' }));
  return [...segmenters.get(tag)!.segment(query)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** The query without its stop words ("wie viel hat das Training gekostet" → Training gekostet); all of it if nothing else is left. */
export function contentWords(words: string[], stopwords: ReadonlySet<string>, tag: string): string[] {
  // A Chinese unit after a number is part of it, not a stop word: 1月27日, 2025年, 3个.
  const unitOfNumber = (word: string, i: number) => i > 0 && /\d$/.test(words[i - 1]!) && /^\p{Script=Han}+$/u.test(word);
  const kept = words.filter((word, i) => unitOfNumber(word, i) || !stopwords.has(word.toLocaleLowerCase(tag)));
  return kept.length > 0 ? kept : words;
}

/** Joins words back into a query: with spaces, except between two Han characters. */
export function joinWords(words: string[]): string {
  return words.reduce((query, word) => (query && !(/\p{Script=Han}$/u.test(query) && /^\p{Script=Han}/u.test(word)) ? `${query} ${word}` : query + word), '');
}

/** Letters a typo may differ by: one for short words, two from six letters on (a swap of two letters is two edits); one for three Han characters or more. */
const allowedEdits = (word: string) => {
  const length = [...word].length;
  if (/\p{Script=Han}/u.test(word)) return length >= 3 ? 1 : 0;
  return length < 4 ? 0 : length < 6 ? 1 : 2;
};

/** The units a typo is looked for in: words, with a run of Han characters taken whole (梁文峰, not 梁 文 峰). */
export function typoUnits(words: string[]): string[] {
  return words.reduce<string[]>((units, word) => {
    const last = units.at(-1);
    if (last && /\p{Script=Han}$/u.test(last) && /^\p{Script=Han}/u.test(word)) units[units.length - 1] = last + word;
    else units.push(word);
    return units;
  }, []);
}

/** The known word closest to a word no page contains ("Nvida" → Nvidia), or nothing when none is close enough. */
export function closestWord(word: string, known: readonly string[], tag: string): string | undefined {
  const lower = word.toLocaleLowerCase(tag);
  const allowed = allowedEdits(lower);
  let best: { word: string; edits: number } | undefined;
  for (const candidate of known) {
    if (Math.abs(candidate.length - lower.length) > allowed) continue;
    const other = candidate.toLocaleLowerCase(tag);
    // "exported" is an inflection of "export", not a typo.
    if (other.startsWith(lower) || lower.startsWith(other)) continue;
    const edits = distance(lower, other);
    if (edits > 0 && edits <= allowed && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best?.word;
}

/** Case, hyphens, spaces and punctuation do not matter when a query is compared with a name ("sputnik moment" = Sputnik-Moment, "was ist deepseek" = Was ist DeepSeek?). */
export const normaliseName = (name: string, tag: string) =>
  name
    .toLocaleLowerCase(tag)
    .replace(/[\s\p{Pd}]+/gu, ' ')
    .replace(/\p{P}/gu, '')
    .trim();

/** The page a query names exactly (a glossary term by label or alias, a page by title or heading), with the name to search it by. */
export function pageNamed(query: string, named: { names: string[]; path: string }[], tag: string): { path: string; name: string } | undefined {
  const wanted = normaliseName(query, tag);
  const found = named.find((entry) => entry.names.some((name) => normaliseName(name, tag) === wanted));
  return found && { path: found.path, name: found.names[0]! };
}

/** The glossary term a query mentions among other words ("Haben die Exportkontrollen gewirkt"): the longest name found. */
export function termMentioned(words: string[], terms: SearchNames['terms'], tag: string): { path: string; name: string } | undefined {
  const lower = words.map((word) => word.toLocaleLowerCase(tag));
  let best: { path: string; name: string; length: number } | undefined;
  for (const term of terms) {
    for (const name of term.names) {
      const parts = queryWords(name, tag).map((part) => part.toLocaleLowerCase(tag));
      const length = parts.join(' ').length;
      const found = parts.length > 0 && lower.some((_, i) => parts.every((part, j) => lower[i + j] === part));
      if (found && (!best || length > best.length)) best = { path: term.path, name: term.names[0]!, length };
    }
  }
  return best && { path: best.path, name: best.name };
}

/**
 * The query with a glossary alias replaced by the term's label ("Nvidia Börsenwert" → Nvidia
 * Marktkapitalisierung): the pages say it one way, readers another.
 */
export function withTermLabels(words: string[], terms: SearchNames['terms'], tag: string): string[][] {
  const lower = words.map((word) => word.toLocaleLowerCase(tag));
  const variants: string[][] = [];
  for (const term of terms) {
    const label = queryWords(term.label, tag);
    for (const name of term.names.slice(1)) {
      const parts = queryWords(name, tag).map((part) => part.toLocaleLowerCase(tag));
      const at = lower.findIndex((_, i) => parts.length > 0 && parts.every((part, j) => lower[i + j] === part));
      if (at >= 0 && words.length > parts.length) variants.push([...words.slice(0, at), ...label, ...words.slice(at + parts.length)]);
    }
  }
  return variants;
}

/**
 * Pages that match some of the words, when no page matches all of them: most words first, then
 * by Pagefind's score. `found` holds, per word, the pages it finds.
 */
export function rankBySubsets<R extends { id: string; score: number }>(found: R[][]): R[] {
  const pages = new Map<string, { result: R; words: number; score: number }>();
  for (const results of found) {
    for (const result of results) {
      const page = pages.get(result.id);
      if (page) {
        page.words += 1;
        page.score += result.score;
      } else pages.set(result.id, { result, words: 1, score: result.score });
    }
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((page) => page.result);
}

/** Sub-results (a page's sections) with the most matches first; the page's own entry stays in front. */
export function bestSectionsFirst<S extends { url: string; locations: unknown[] }>(subResults: S[], pageUrl: string): S[] {
  const root = subResults[0]?.url === pageUrl ? subResults.slice(0, 1) : [];
  const sections = subResults.slice(root.length).map((sub, order) => ({ sub, order }));
  sections.sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.order - b.order);
  return [...root, ...sections.map(({ sub }) => sub)];
}

/** Glossary terms a query may have meant: a typo of a label or alias, or a name that starts like a query word ("Kontroll" → Exportkontrolle). */
export function termsLike(query: string, terms: SearchNames['terms'], tag: string): SearchNames['terms'] {
  const q = query.toLocaleLowerCase(tag);
  // Inflected forms share the start: "Kontrollen" and "Kontrolle".
  const starts = queryWords(q, tag)
    .filter((word) => [...word].length >= 3)
    .map((word) => [...word].slice(0, 4).join(''));
  return terms.filter((term) =>
    term.names.some((name) => {
      const n = name.toLocaleLowerCase(tag);
      // A typo's share of the query, as for "Did you mean": two edits would turn any two-character name into any other.
      return distance(n, q) <= allowedEdits(q) || starts.some((start) => n.split(/[\s-]+/).some((part) => part.startsWith(start)));
    }),
  );
}
