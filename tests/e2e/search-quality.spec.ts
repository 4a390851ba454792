import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { builtUrls } from '../../src/lib/built-urls';
import { searchRanking } from '../../src/lib/search/ranking';
import { builtHtml, distDir, langs } from './content';

/**
 * Search quality on the built index, in Chromium: for each query, where the page that must come
 * first actually lands. Prints hit@1, hit@3 and mean reciprocal rank per language.
 */
/** Per language code: what a searcher types and the page(s) that must come first. */
type Queries = Record<string, { q: string; first: string | string[] }[]> & { compounds: { part: string; compound: string }[] };
const queries = JSON.parse(readFileSync(fileURLToPath(new URL('../search-queries.json', import.meta.url)), 'utf8')) as Queries;

/** The URLs of the top results, as the site search ranks them, from a page in the wanted language. */
const search = (page: Page, query: string) =>
  page.evaluate(
    async ({ query, ranking }) => {
      // The index that pagefind.js loads is chosen by <html lang>: German pages search German pages.
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ ranking });
      const found = await pagefind.search(query);
      const top = await Promise.all(found.results.slice(0, 20).map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return top.map((d) => d.url);
    },
    { query, ranking: searchRanking },
  );

for (const lang of langs) {
  test(`${lang}: the right page comes first (hit@1 ≥ 0.9)`, async ({ page }) => {
    expect(queries[lang]?.length, `tests/search-queries.json needs at least 30 queries for "${lang}"`).toBeGreaterThanOrEqual(30);
    await page.goto(`/${lang}/`);
    const ranks: { q: string; rank: number; got: string[] }[] = [];
    for (const { q, first } of queries[lang]!) {
      const got = await search(page, q);
      const wanted = [first].flat();
      ranks.push({ q, rank: got.findIndex((url) => wanted.includes(url)) + 1, got: got.slice(0, 3) });
    }
    const n = ranks.length;
    const hit1 = ranks.filter((r) => r.rank === 1).length / n;
    const hit3 = ranks.filter((r) => r.rank >= 1 && r.rank <= 3).length / n;
    const mrr = ranks.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / n;
    console.log(`search quality ${lang}: ${n} queries, hit@1 ${hit1.toFixed(2)}, hit@3 ${hit3.toFixed(2)}, MRR ${mrr.toFixed(2)}`);
    for (const miss of ranks.filter((r) => r.rank !== 1)) {
      console.log(`  ${lang} “${miss.q}”: rank ${miss.rank || '–'}; top 3: ${miss.got.join(', ')}`);
    }
    expect(hit1, 'share of queries whose page comes first').toBeGreaterThanOrEqual(0.9);
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
    const found = await search(page, part);
    expect(
      onlyCompound.filter((url) => found.includes(url)),
      `“${part}” finds pages that only say “${compound}”`,
    ).not.toEqual([]);
  }
});
