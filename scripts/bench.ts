/**
 * `npm run bench` — prints figures, never fails on speed:
 * 1. build time, cold (no image cache) and warm (median of 3 each), and its parts: Astro pages,
 *    OG images, Pagefind; then which images a build redraws after one article changed;
 * 2. per page type: bytes over the wire (brotli), JavaScript, CSS, requests — against the budget;
 * 3. Lighthouse performance (mobile, median of 3) with LCP, TBT and CLS per page type;
 * 4. scale: synthetic copies of the content, 1× and BENCH_SCALES (default 10,100) times: pages,
 *    cold and warm build, time per page, peak memory, index size, bytes per query and time to
 *    results; the figures against their targets, and a chart (docs/bench-scale.svg).
 * BENCH_PARTS picks parts: build (1), screen (2 and 3), scale (4); all by default.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { parse } from 'yaml';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { scaleChart, type ChartRow } from './lib/scale-chart';
import { originOf, serveStatic } from './lib/static-server';
import { syntheticCopy } from './lib/synthetic-copy';
import { processTreeKiB } from './lib/peak-memory';
import { isSearchFile, wireBytes } from './lib/search-bytes';

const root = process.cwd();
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pageTypes = {
  home: 'de/',
  article: 'de/articles/what-is-deepseek/',
  topic: 'de/topics/costs/',
  'glossary index': 'de/glossary/',
  'glossary term': 'de/glossary/h800/',
  people: 'de/people/',
  timeline: 'de/timeline/',
  'key figures': 'de/key-figures/',
  'not found (404)': '404.html',
};
// Measured on a default Starlight 0.42 site with the five raw articles (brotli), see issue 7.
const starlightDefault = { total: 42.4, js: 25.4, css: 11.1 };

interface BuildTime {
  seconds: number;
  pagesMs: number;
  ogMs: number;
  pagefindMs: number;
  pages: number;
  /** Peak resident memory of the build's processes together, in MiB (0 without Linux's /proc). */
  peakMiB: number;
}

const imageCache = (dir: string) => join(dir, 'node_modules/.astro-og-canvas');
/** The preview images in a project's image cache. */
const cachedImages = (dir: string) => (existsSync(imageCache(dir)) ? readdirSync(imageCache(dir)).filter((file) => file.endsWith('.png')) : []);
/** A clean build of `dir` (dist/ rebuilt), timed; `cold` also empties the image cache first. */
async function build(dir: string, { cold }: { cold: boolean }): Promise<BuildTime> {
  if (cold) rmSync(imageCache(dir), { recursive: true, force: true });
  const start = performance.now();
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0', SITE_URL: 'https://deepseek-dossier.example' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  let peakKiB = 0;
  const sampler = setInterval(() => (peakKiB = Math.max(peakKiB, processTreeKiB(child.pid!))), 500);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  if (status !== 0) throw new Error(`build in ${dir} failed:\n${stdout}\n${stderr}`);
  const log = stdout.replace(/\u001b\[[0-9;]*m/g, ''); // Astro colours its log even when not asked to
  const routes = [...log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map(([, route = '', ms = '0']) => ({ route, ms: Number(ms) }));
  const sum = (keep: (route: string) => boolean) => routes.filter((r) => keep(r.route)).reduce((total, r) => total + r.ms, 0);
  // Pagefind reports "in 966ms" or "in 6.66s".
  const pagefind = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(log);
  return {
    seconds,
    pagesMs: sum((route) => !route.startsWith('/og/')),
    ogMs: sum((route) => route.startsWith('/og/')),
    pagefindMs: pagefind ? Number(pagefind[1]) * (pagefind[2] === 's' ? 1000 : 1) : 0,
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
    peakMiB: peakKiB / 1024,
  };
}

async function pageWeights(browser: Browser, origin: string) {
  const budget = { total: starlightDefault.total * 1.1, js: starlightDefault.js };
  console.log('\n## Page weight (brotli, over the wire, phone width)');
  console.log(`budget: ≤ ${budget.total.toFixed(1)} KiB in all (default Starlight + 10%), JavaScript ≤ ${budget.js} KiB`);
  console.log('page type         total      JS         CSS        requests  budget');
  for (const [type, path] of Object.entries(pageTypes)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const sizes: { kind: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const kind = response.request().resourceType();
      sizes.push({ kind, bytes: brotliCompressSync(body).length });
    });
    await page.goto(`${origin}/${path}`);
    await page.waitForLoadState('networkidle');
    await context.close();
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const of = (kind: string) => sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.bytes, 0);
    const within = total / 1024 <= budget.total && of('script') / 1024 <= budget.js;
    console.log(
      `${type.padEnd(17)} ${kib(total).padEnd(10)} ${kib(of('script')).padEnd(10)} ${kib(of('stylesheet')).padEnd(10)} ${String(sizes.length).padEnd(9)} ${within ? 'within' : 'OVER'}`,
    );
  }
}

async function lighthousePerformance(origin: string, reference: string) {
  console.log('\n## Lighthouse performance (mobile, median of 3 runs)');
  console.log("targets: TBT ≤ 10 ms; LCP no worse than default Starlight's (its rows below, built and measured here)");
  console.log('page type         score  LCP ms   TBT ms   CLS     TBT runs');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
  const pages = [
    ...Object.entries(pageTypes).map(([type, path]) => [type, `${origin}/${path}`] as const),
    ['Starlight: home', `${reference}/`] as const,
    ['Starlight: article', `${reference}/article-5/`] as const,
  ];
  // Round by round rather than page by page: a burst of load on this 2-core machine then spoils
  // one run of several page types, which the median absorbs, not two runs of one page type.
  const runs = new Map(pages.map(([type]) => [type, [] as { score: number; lcp: number; tbt: number; cls: number }[]]));
  // Figures move with the browser's version: it is printed with them.
  let measuredWith = '';
  try {
    for (let round = 0; round < 3; round++) {
      for (const [type, url] of pages) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
        const { categories, audits, environment, lighthouseVersion } = result!.lhr;
        measuredWith ||= `${/(?:Headless)?Chrome\/[\d.]+/.exec(environment.hostUserAgent)?.[0] ?? environment.hostUserAgent}, Lighthouse ${lighthouseVersion}`;
        const value = (id: string) => audits[id]?.numericValue ?? 0;
        runs.get(type)!.push({ score: categories.performance?.score ?? 0, lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift') });
      }
    }
    for (const [type, typeRuns] of runs) {
      const m = (pick: (run: (typeof typeRuns)[number]) => number) => median(typeRuns.map(pick));
      console.log(
        `${type.padEnd(17)} ${String(Math.round(m((r) => r.score) * 100)).padEnd(6)} ${m((r) => r.lcp).toFixed(0).padEnd(8)} ${m((r) => r.tbt).toFixed(0).padEnd(8)} ${m((r) => r.cls).toFixed(3).padEnd(7)} ${typeRuns.map((r) => r.tbt.toFixed(0)).join('/')}`,
      );
    }
    console.log(`measured with ${measuredWith}`);
  } finally {
    chrome.kill();
  }
}

/** A Playwright Chromium for one measurement, closed after it, so that none idles beside the next. */
async function withBrowser<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    return await measure(browser);
  } finally {
    await browser.close();
  }
}

/** One query through the site's search engine: bytes fetched over the wire in a fresh browser (cold), then milliseconds to results again (warm). */
async function searchCost(browser: Browser, origin: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/de/`);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const parts: Record<string, number> = {};
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (!isSearchFile(path)) return;
    const size = wireBytes(path, await response.body().catch(() => Buffer.alloc(0)));
    bytes += size;
    parts[searchFileKind(path)] = (parts[searchFileKind(path)] ?? 0) + size;
  });
  const run = () =>
    page.evaluate(async (q) => {
      const start = performance.now();
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now() - start;
    }, query);
  await run();
  await page.waitForLoadState('networkidle');
  const warmMs = await run();
  await context.close();
  return { bytes, parts, warmMs };
}

/** What a search file is, for the breakdown of bytes per query. */
const searchFileKind = (path: string) =>
  path.includes('/search-vocabulary')
    ? 'vocabulary and names'
    : /\/pagefind(-core)?\.js$/.test(path)
      ? 'engine and Pagefind JS'
      : path.endsWith('.pf_index')
        ? 'index chunks'
        : path.endsWith('.pf_fragment')
          ? 'fragments'
          : 'Pagefind meta, filters, WebAssembly';

/** The size of a directory's files, in bytes. */
const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? sizeOf(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);

interface ScaleRow extends ChartRow {
  cold: BuildTime;
  warm: BuildTime;
  indexBytes: number;
  warmMs: number;
}

/**
 * Default Starlight with the five seed articles as plain pages: the reference the weight budget
 * and the LCP target come from, measured here on the same machine, the same way.
 */
function defaultStarlight(): string {
  const dir = join(root, '.test-copies', 'bench-starlight-default');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  // The project's dependencies, so that Vite bundles Starlight as it does for the project.
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      "export default defineConfig({ integrations: [starlight({ title: 'DeepSeek', locales: { root: { label: 'Deutsch', lang: 'de' } } })] });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
  const seeds = join(root, '../shared/seeds');
  const articles = readdirSync(seeds).filter((file) => file.endsWith('.txt'));
  articles.forEach((file, i) => {
    const [title = '', ...lines] = readFileSync(join(seeds, file), 'utf8').split('\n').filter((line) => line.trim());
    // Short lines without a full stop are the seeds' headings.
    const body = lines.map((line) => (line.length < 90 && !/[.!?“"]$/.test(line) ? `## ${line}` : line)).join('\n\n');
    writeFileSync(join(dir, `src/content/docs/article-${i + 1}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`);
  });
  writeFileSync(join(dir, 'src/content/docs/index.md'), `---\ntitle: DeepSeek\n---\n\n${articles.map((_, i) => `- [Artikel ${i + 1}](/article-${i + 1}/)`).join('\n')}\n`);
  return dir;
}

/** 1. Build time, cold and warm, and the images one article's change redraws. */
async function buildTimes() {
  console.log('## Build time (median of 3 clean builds each)');
  const cold = [await build(root, { cold: true }), await build(root, { cold: true }), await build(root, { cold: true })];
  const warm = [await build(root, { cold: false }), await build(root, { cold: false }), await build(root, { cold: false })];
  console.log(`pages: ${cold[0]!.pages}`);
  console.log('                 cold image cache   warm image cache');
  const row = (label: string, pick: (b: BuildTime) => number) =>
    console.log(`${label.padEnd(16)} ${`${median(cold.map(pick)).toFixed(1)} s`.padEnd(18)} ${median(warm.map(pick)).toFixed(1)} s`);
  row('total', (b) => b.seconds);
  row('  Astro pages', (b) => b.pagesMs / 1000);
  row('  OG images', (b) => b.ogMs / 1000);
  row('  Pagefind', (b) => b.pagefindMs / 1000);
  console.log(`runs: cold ${cold.map((b) => b.seconds.toFixed(1)).join(', ')}; warm ${warm.map((b) => b.seconds.toFixed(1)).join(', ')}`);

  // One article changes: only its own preview image is drawn again.
  const edited = syntheticCopy(1);
  await build(edited, { cold: true });
  const before = new Set(cachedImages(edited));
  const article = join(edited, 'src/content/docs/de/articles/what-is-deepseek.mdx');
  const text = readFileSync(article, 'utf8');
  const { title } = parse(/^title: .*$/m.exec(text)![0]) as { title: string };
  writeFileSync(article, text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${title} – geändert`)}`));
  const after = await build(edited, { cold: false });
  const redrawn = cachedImages(edited).filter((file) => !before.has(file));
  console.log(`after one article's title changed: ${redrawn.length} image(s) drawn again (${after.seconds.toFixed(1)} s build, of it ${(after.ogMs / 1000).toFixed(1)} s images)`);
  rmSync(edited, { recursive: true, force: true });
}

/** 2. and 3. Page weight and Lighthouse, next to default Starlight. */
async function pagesOnScreen() {
  const reference = defaultStarlight();
  const referenceBuild = spawnSync(process.execPath, [astro, 'build'], { cwd: reference, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (referenceBuild.status !== 0) throw new Error(`default Starlight build failed:\n${referenceBuild.stdout}\n${referenceBuild.stderr}`);
  const server = await serveStatic(resolve('dist'));
  const referenceServer = await serveStatic(join(reference, 'dist'));
  try {
    await withBrowser((browser) => pageWeights(browser, originOf(server)));
    // Lighthouse's own Chromium then has the machine's two cores to itself.
    await lighthousePerformance(originOf(server), originOf(referenceServer));
  } finally {
    server.close();
    referenceServer.close();
    rmSync(reference, { recursive: true, force: true });
  }
}

/** 4. Scale: synthetic copies of the content. */
async function scale() {
  console.log('\n## Scale (synthetic copies: every article, topic and glossary term n times, all languages)');
  console.log('content  pages   cold s   warm s   ms/page (warm)  peak MiB  index MiB  query KiB (cold)  query ms (warm)');
  const defaultScales = '10,100';
  const scales = (process.env.BENCH_SCALES ?? defaultScales).split(',').filter(Boolean).map(Number);
  const rows: ScaleRow[] = [];
  for (const factor of [1, ...scales]) {
    const dir = syntheticCopy(factor);
    const coldBuild = await build(dir, { cold: true });
    const warmBuild = await build(dir, { cold: false });
    const scaled = await serveStatic(resolve(dir, 'dist'));
    try {
      const costs: Awaited<ReturnType<typeof searchCost>>[] = [];
      await withBrowser(async (browser) => {
        for (const q of ['Exportkontrollen', 'Liang Wenfeng', 'H800', 'Wie viel hat das Training gekostet']) costs.push(await searchCost(browser, originOf(scaled), q));
      });
      const result: ScaleRow = {
        factor,
        pages: warmBuild.pages,
        cold: coldBuild,
        warm: warmBuild,
        indexBytes: sizeOf(join(dir, 'dist/pagefind')),
        queryBytes: median(costs.map((c) => c.bytes)),
        warmMs: median(costs.map((c) => c.warmMs)),
      };
      rows.push(result);
      // The query with the median bytes, by kind of file: what grows with the content.
      const typical = [...costs].sort((a, b) => a.bytes - b.bytes)[Math.floor(costs.length / 2)]!;
      const breakdown = Object.entries(typical.parts).map(([kind, size]) => `${kind} ${(size / 1024).toFixed(0)}`).join(', ');
      console.log(
        `${`${factor}×`.padEnd(8)} ${String(result.pages).padEnd(7)} ${coldBuild.seconds.toFixed(0).padEnd(8)} ${warmBuild.seconds.toFixed(0).padEnd(8)} ${((warmBuild.seconds / result.pages) * 1000).toFixed(0).padEnd(15)} ${Math.max(coldBuild.peakMiB, warmBuild.peakMiB).toFixed(0).padEnd(9)} ${(result.indexBytes / 1048576).toFixed(1).padEnd(10)} ${(result.queryBytes / 1024).toFixed(0).padEnd(17)} ${result.warmMs.toFixed(0)}`,
      );
      console.log(`         query KiB by kind: ${breakdown}`);
    } finally {
      scaled.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const perPage = (r: ScaleRow) => r.warm.seconds / r.pages;
  console.log(`\ntargets at ${last.factor}×:`);
  console.log(`  build time per page (warm) ≤ 1.2 × that at 1×: ${(perPage(last) / perPage(first)).toFixed(2)} × — ${perPage(last) <= 1.2 * perPage(first) ? 'met' : 'not met'}`);
  console.log(`  peak memory < 4 GiB: ${Math.max(last.cold.peakMiB, last.warm.peakMiB).toFixed(0)} MiB — ${Math.max(last.cold.peakMiB, last.warm.peakMiB) < 4096 ? 'met' : 'not met'}`);
  console.log(`  bytes per query ≤ 300 KiB: ${(last.queryBytes / 1024).toFixed(0)} KiB — ${last.queryBytes <= 300 * 1024 ? 'met' : 'not met'}`);
  // The README shows the chart of the default scales: a run of other scales does not replace it.
  const chart = scales.join(',') === defaultScales ? join(root, 'docs/bench-scale.svg') : join(tmpdir(), `bench-scale-${[1, ...scales].join(',')}.svg`);
  mkdirSync(dirname(chart), { recursive: true });
  writeFileSync(chart, scaleChart(rows));
  console.log(`chart: ${chart}`);
}

const parts = new Set((process.env.BENCH_PARTS ?? 'build,screen,scale').split(','));
if (parts.has('build')) await buildTimes();
// The page measurements need a current build of the project.
else if (parts.has('screen')) await build(root, { cold: false });
if (parts.has('screen')) await pagesOnScreen();
if (parts.has('scale')) await scale();
