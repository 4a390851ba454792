import { getCollection } from 'astro:content';
import { getGlossary } from '../glossary/collection';
import { languages, type Language } from '../languages';
import { pageTypeOf } from '../site-pages';
import { pageUrl } from '../urls';
import { firstWordKey, nameShard, wholeNameKey, type SearchNames } from './query';
import { stopwordsOf } from './stopwords';

/** Section headings of a page's Markdown ("## Die Ursprünge {#origins}"). */
const headings = (body: string) => [...body.matchAll(/^#{2,3}\s+(.+?)\s*(?:\{#[^}]*\})?\s*$/gm)].map((match) => match[1]!.replace(/[*_`]/g, ''));

// About 8 KB of names per shard: a query fetches a few shards, whatever the size of the site.
const shardBytes = 8192;

const built = new Map<string, Promise<{ all: SearchNames; shards: SearchNames[] }>>();

/** A language's names of terms and pages, whole (for "Did you mean") and in shards (for the browser). */
export function searchNamesOf(language: Language): Promise<{ all: SearchNames; shards: SearchNames[] }> {
  if (!built.has(language.code)) built.set(language.code, buildNames(language));
  return built.get(language.code)!;
}

async function buildNames(language: Language) {
  const { code, tag } = language;
  const terms = await getGlossary(code);
  const pages = await getCollection('docs', (entry) => entry.id.startsWith(`${code}/`) && pageTypeOf(entry.id) !== 'home');
  const termPath = (id: string) => pageUrl(`${code}/glossary/${id}`);
  const all: SearchNames = {
    terms: terms.map((term, n) => ({ n, label: term.label[code]!, names: [term.label[code]!, ...(term.aliases[code] ?? [])], path: termPath(term.id) })),
    pages: pages.map((page, n) => ({
      n,
      // "Was ist DeepSeek?" is how a reader types the title "Was ist DeepSeek? Der Herausforderer, …".
      names: [page.data.title, page.data.title.split(/(?<=[?？:：])\s*/u)[0]!, ...headings(page.body ?? '')],
      path: pageUrl(page.id),
    })),
    foreignTerms: terms.map((term, n) => ({
      n,
      names: [term.label[code]!, ...languages.filter((other) => other !== language).flatMap((other) => [term.label[other.code]!, ...(term.aliases[other.code] ?? [])])],
      path: termPath(term.id),
    })),
  };
  const count = Math.max(1, Math.ceil(JSON.stringify(all).length / shardBytes));
  const shards: SearchNames[] = Array.from({ length: count }, () => ({ terms: [], pages: [], foreignTerms: [] }));
  const stopwords = new Set(stopwordsOf(language));
  // An entry goes to the shard of each of its names, with those names only (and its first name, which the engine searches it by).
  const file = <E extends { names: string[] }>(entry: E, into: (shard: SearchNames) => E[], key: (name: string) => string) => {
    const byShard = new Map<number, string[]>();
    for (const name of entry.names) {
      const shard = nameShard(key(name), count);
      byShard.set(shard, [...(byShard.get(shard) ?? []), name]);
    }
    for (const [shard, names] of byShard) into(shards[shard]!).push({ ...entry, names: [...new Set([entry.names[0]!, ...names])] });
  };
  const whole = (name: string) => wholeNameKey(name, tag);
  for (const entry of all.terms) file(entry, (shard) => shard.terms, (name) => firstWordKey(name, stopwords, tag));
  for (const entry of all.pages) file(entry, (shard) => shard.pages, whole);
  for (const entry of all.foreignTerms) file(entry, (shard) => shard.foreignTerms, whole);
  return { all, shards };
}
