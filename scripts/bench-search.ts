/**
 * `npm run bench:search` — per query of the search-quality suite: time until the top results are
 * ready and bytes fetched for the search over the wire (the Pagefind bundle, the language's search
 * vocabulary and the shards of names its words need), first in a fresh browser (cold) and then again (warm). Each query runs through the
 * site's engine and through plain Pagefind, so the cost of the engine's fallbacks (stop words,
 * unknown words, "Did you mean", other languages) shows as the difference. Prints figures; never
 * fails on speed. Needs a build (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { languageCodes } from '../src/lib/languages';
import { searchRanking } from '../src/lib/search/ranking';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { isSearchFile, wireBytes } from './lib/search-bytes';
import { originOf, serveStatic } from './lib/static-server';

type Group = 'keywords' | 'questions' | 'typos' | 'crossLanguage';
const queries = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as Record<string, Record<Group, { q: string }[]>>;

if (!existsSync('dist/pagefind/pagefind-core.js')) throw new Error('dist/pagefind is missing: run `npm run build` first.');
const server = await serveStatic('dist');
const origin = originOf(server);

interface Run {
  ms: number;
  bytes: number;
  /** How often a language's index (its WebAssembly file) was fetched. */
  indexLoads: number;
}

/** Cold and warm: one query in a fresh browser context, then the same query again. */
async function measure(browser: Browser, lang: string, query: string, module: 'pagefind.js' | 'pagefind-core.js'): Promise<{ cold: Run; warm: Run }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let sizes: Promise<number>[] = [];
  let indexLoads = 0;
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!isSearchFile(path)) return;
    if (/\/wasm\.[^/]+\.pagefind$/.test(path)) indexLoads++;
    sizes.push(response.body().then((body) => wireBytes(path, body), () => 0));
  });
  /** Bytes and index loads since the last call, once every request has finished. */
  const fetched = async () => {
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    const loads = indexLoads;
    sizes = [];
    indexLoads = 0;
    return { bytes, indexLoads: loads };
  };
  const run = () =>
    page.evaluate(
      async ({ query, ranking, module }) => {
        const start = performance.now();
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/${module}`);
        // Plain Pagefind no longer sits at pagefind.js, so it needs its folder named.
        await pagefind.options({ ranking, basePath: '/pagefind/' });
        const found = await pagefind.search(query);
        await Promise.all(found.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
        return performance.now() - start;
      },
      { query, ranking: searchRanking, module },
    );
  await page.goto(`${origin}/${lang}/`);
  await fetched(); // the page itself, before any search
  const coldMs = await run();
  const cold = { ms: coldMs, ...(await fetched()) };
  const warmMs = await run();
  const warm = { ms: warmMs, ...(await fetched()) };
  await context.close();
  return { cold, warm };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => value.toFixed(0).padStart(6);
const kib = (value: number) => (value / 1024).toFixed(1).padStart(7);

try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  console.log('Medians per language and group: the site engine, and its extra cost over plain Pagefind.');
  console.log('lang   group          n | engine: cold ms  KiB  warm ms  KiB | extra: cold ms  KiB  warm ms  KiB | index loads (max)');
  const allWarm: number[] = [];
  for (const lang of languageCodes.filter((code) => code in queries)) {
    for (const group of Object.keys(queries[lang]!) as Group[]) {
      const rows: { engine: { cold: Run; warm: Run }; plain: { cold: Run; warm: Run } }[] = [];
      for (const { q } of queries[lang]![group]) {
        rows.push({ engine: await measure(browser, lang, q, 'pagefind.js'), plain: await measure(browser, lang, q, 'pagefind-core.js') });
      }
      const m = (pick: (row: (typeof rows)[number]) => number) => median(rows.map(pick));
      allWarm.push(...rows.map((r) => r.engine.warm.ms));
      console.log(
        `${lang.padEnd(6)} ${group.padEnd(13)} ${String(rows.length).padStart(3)} |` +
          `        ${ms(m((r) => r.engine.cold.ms))} ${kib(m((r) => r.engine.cold.bytes))} ${ms(m((r) => r.engine.warm.ms))} ${kib(m((r) => r.engine.warm.bytes))} |` +
          `       ${ms(m((r) => r.engine.cold.ms - r.plain.cold.ms))} ${kib(m((r) => r.engine.cold.bytes - r.plain.cold.bytes))} ${ms(m((r) => r.engine.warm.ms - r.plain.warm.ms))} ${kib(m((r) => r.engine.warm.bytes - r.plain.warm.bytes))} |` +
          ` ${Math.max(...rows.flatMap((r) => [r.engine.cold.indexLoads, r.engine.warm.indexLoads]))}`,
      );
    }
  }
  console.log(`All queries: median warm time through the engine ${median(allWarm).toFixed(0)} ms (goal: under 50 ms).`);
  console.log('Index loads: how often one query fetched a language index; 1 cold and 0 warm means no second copy (2 or more only when other languages are searched).');
  await browser.close();
} finally {
  server.close();
}
