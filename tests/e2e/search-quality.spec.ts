import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { builtUrls } from '../../src/lib/built-urls';
import { searchRanking } from '../../src/lib/search/ranking';
import { builtHtml, distDir, langs } from './content';

/**
 * Search quality on the built index, in Chromium, through the site's search engine (the module
 * Starlight's search UI loads): for each query, where the page that must come first lands. Prints
 * hit@1, hit@3 and mean reciprocal rank per language and group.
 */
type Query = { q: string; first: string | string[] };
type Group = 'keywords' | 'questions' | 'typos' | 'crossLanguage';
type Queries = Record<string, Record<Group, Query[]>> & { compounds: { part: string; compound: string }[] };
const queries = JSON.parse(readFileSync(fileURLToPath(new URL('../search-queries.json', import.meta.url)), 'utf8')) as Queries;

/** What the site search shows for a query, from a page in the wanted language. */
const search = (page: Page, query: string) =>
  page.evaluate(
    async ({ query, ranking }) => {
      // The index that pagefind.js loads is chosen by <html lang>: German pages search German pages.
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ ranking });
      const found = await pagefind.search(query);
      const top = await Promise.all(found.results.slice(0, 20).map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return { urls: top.map((d) => d.url), outcome: found.dossier as { suggestion?: string; otherLanguages?: { first: string }[] } | undefined };
    },
    { query, ranking: searchRanking },
  );

/** The pages a reader reaches, per group: typos after one click on "Did you mean", other languages' results when this one has none. */
async function reached(page: Page, group: Group, query: string): Promise<string[]> {
  const { urls, outcome } = await search(page, query);
  if (group === 'typos' && outcome?.suggestion) return (await search(page, outcome.suggestion)).urls;
  if (group === 'crossLanguage' && urls.length === 0) return (outcome?.otherLanguages ?? []).map((other) => other.first);
  return urls;
}

// The same page in any language: "/de/glossary/moe/" and "/en/glossary/moe/" are one answer.
const withoutLanguage = (url: string) => url.replace(/^\/[^/]+/, '');

for (const lang of langs) {
  test(`${lang}: keywords and questions find their page first (hit@1 ≥ 0.9), typos after "Did you mean" in the top 3 (hit@3 ≥ 0.9)`, async ({ page }) => {
    const groups = queries[lang];
    expect(groups, `tests/search-queries.json needs queries for "${lang}"`).toBeDefined();
    for (const [group, least] of [['keywords', 30], ['questions', 12], ['typos', 4], ['crossLanguage', 4]] as const) {
      expect(groups![group]?.length ?? 0, `tests/search-queries.json: "${lang}.${group}" needs at least ${least} queries`).toBeGreaterThanOrEqual(least);
    }
    await page.goto(`/${lang}/`);
    const ranks: Record<Group, { q: string; rank: number; got: string[] }[]> = { keywords: [], questions: [], typos: [], crossLanguage: [] };
    for (const group of Object.keys(ranks) as Group[]) {
      for (const { q, first } of groups![group]) {
        const same = group === 'crossLanguage' ? withoutLanguage : (url: string) => url;
        const wanted = [first].flat().map(same);
        const got = await reached(page, group, q);
        ranks[group].push({ q, rank: got.findIndex((url) => wanted.includes(same(url))) + 1, got: got.slice(0, 3) });
      }
    }
    const metrics = (list: { rank: number }[]) => ({
      hit1: list.filter((r) => r.rank === 1).length / list.length,
      hit3: list.filter((r) => r.rank >= 1 && r.rank <= 3).length / list.length,
      mrr: list.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / list.length,
    });
    for (const [group, list] of Object.entries(ranks)) {
      const m = metrics(list);
      console.log(`search quality ${lang} ${group}: ${list.length} queries, hit@1 ${m.hit1.toFixed(2)}, hit@3 ${m.hit3.toFixed(2)}, MRR ${m.mrr.toFixed(2)}`);
      for (const miss of list.filter((r) => r.rank !== 1)) console.log(`  ${lang} ${group} “${miss.q}”: rank ${miss.rank || '–'}; top 3: ${miss.got.join(', ')}`);
    }
    const asked = metrics([...ranks.keywords, ...ranks.questions]);
    console.log(`search quality ${lang} keywords and questions: hit@1 ${asked.hit1.toFixed(2)}`);
    expect(asked.hit1, 'share of keyword and question queries whose page comes first').toBeGreaterThanOrEqual(0.9);
    expect(metrics(ranks.typos).hit3, 'share of typo queries whose page is in the top 3 after "Did you mean"').toBeGreaterThanOrEqual(0.9);
    expect(metrics(ranks.crossLanguage).hit3, 'share of queries in another language that reach their page in the top 3').toBeGreaterThanOrEqual(0.9);
  });
}

test('de: a part of a German compound finds pages that only use the compound', async ({ page }) => {
  const text = (url: string) => builtHtml(url).replace(/<[^>]+>/g, ' ').toLocaleLowerCase('de');
  const germanPages = builtUrls(distDir).filter((url) => url.startsWith('/de/') && url.endsWith('/'));
  await page.goto('/de/');
  for (const { part, compound } of queries.compounds) {
    const standalone = new RegExp(`(^|[^\\p{L}])${part.toLocaleLowerCase('de')}($|[^\\p{L}])`, 'u');
    const onlyCompound = germanPages.filter((url) => text(url).includes(compound) && !standalone.test(text(url)));
    expect(onlyCompound.length, `pages with “${compound}” but not “${part}”`).toBeGreaterThan(0);
    const found = (await search(page, part)).urls;
    expect(
      onlyCompound.filter((url) => found.includes(url)),
      `“${part}” finds pages that only say “${compound}”`,
    ).not.toEqual([]);
  }
});
