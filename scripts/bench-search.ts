/**
 * `npm run bench:search` — per query of the search-quality suite: time until the top results are
 * ready and bytes fetched from /pagefind/, first in a fresh browser (cold) and then again (warm).
 * Prints figures; never fails on speed. Needs a build (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { languageCodes } from '../src/lib/languages';
import { searchRanking } from '../src/lib/search/ranking';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { originOf, serveStatic } from './lib/static-server';

const queries = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as Record<string, { q: string }[]>;

if (!existsSync('dist/pagefind')) throw new Error('dist/pagefind is missing: run `npm run build` first.');
const server = await serveStatic('dist');
const origin = originOf(server);

/** Runs one query and returns milliseconds until the top 5 results' data is loaded. */
const timeQuery = (page: Page, query: string) =>
  page.evaluate(
    async ({ query, ranking }) => {
      const start = performance.now();
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ ranking });
      const found = await pagefind.search(query);
      await Promise.all(found.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now() - start;
    },
    { query, ranking: searchRanking },
  );

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

try {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
  console.log('lang  query                               cold ms  cold KiB  warm ms  warm KiB');
  for (const lang of languageCodes.filter((code) => code in queries)) {
    const rows: { cold: number; coldBytes: number; warm: number; warmBytes: number }[] = [];
    for (const { q } of queries[lang]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).pathname.startsWith('/pagefind/')) sizes.push(request.sizes().then((s) => s.responseBodySize));
      });
      /** Bytes from /pagefind/ since the last call, once every request has finished. */
      const fetched = async () => {
        await page.waitForLoadState('networkidle');
        const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
        sizes = [];
        return total;
      };
      await page.goto(`${origin}/${lang}/`);
      await fetched(); // the page itself, before any search
      const cold = await timeQuery(page, q);
      const coldBytes = await fetched();
      const warm = await timeQuery(page, q);
      const row = { cold, coldBytes, warm, warmBytes: await fetched() };
      rows.push(row);
      console.log(
        `${lang}    ${q.padEnd(36).slice(0, 36)} ${cold.toFixed(0).padStart(7)}  ${(coldBytes / 1024).toFixed(1).padStart(8)}  ${warm.toFixed(0).padStart(7)}  ${(row.warmBytes / 1024).toFixed(1).padStart(8)}`,
      );
      await context.close();
    }
    console.log(
      `${lang}    median of ${rows.length} queries:             ${median(rows.map((r) => r.cold)).toFixed(0).padStart(7)}  ${(median(rows.map((r) => r.coldBytes)) / 1024).toFixed(1).padStart(8)}  ${median(rows.map((r) => r.warm)).toFixed(0).padStart(7)}  ${(median(rows.map((r) => r.warmBytes)) / 1024).toFixed(1).padStart(8)}`,
    );
  }
  await browser.close();
} finally {
  server.close();
}
