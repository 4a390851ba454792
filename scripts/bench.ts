/**
 * `npm run bench` — prints figures, never fails on speed:
 * 1. build time (median of 3 clean builds) and its parts: Astro pages, OG images, Pagefind;
 * 2. per page type: bytes over the wire (brotli), JavaScript, CSS, requests — against the budget;
 * 3. Lighthouse performance with LCP, TBT and CLS per page type;
 * 4. scale: the content copied 10× and 100× (BENCH_SCALES=10,100), build seconds per page and
 *    Pagefind bytes fetched per query.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { languageCodes } from '../src/lib/languages';
import { brotliCompressSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { parse, stringify } from 'yaml';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { originOf, serveStatic } from './lib/static-server';

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
}

/** A clean build (no image cache) in `dir`, timed, with the route times Astro logs split by kind. */
function build(dir: string): BuildTime {
  rmSync(join(dir, 'node_modules/.astro-og-canvas'), { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.astro-og-canvas'), { recursive: true, force: true });
  const start = performance.now();
  // Astro logs one line per route: at 100× that is far more than spawnSync's default 1 MiB buffer.
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`build in ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  const log = run.stdout.replace(/\u001b\[[0-9;]*m/g, ''); // Astro colours its log even when not asked to
  const routes = [...log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map(([, route = '', ms = '0']) => ({ route, ms: Number(ms) }));
  const sum = (keep: (route: string) => boolean) => routes.filter((r) => keep(r.route)).reduce((total, r) => total + r.ms, 0);
  return {
    seconds,
    pagesMs: sum((route) => !route.startsWith('/og/')),
    ogMs: sum((route) => route.startsWith('/og/')),
    pagefindMs: Number(/Finished building search index in (\d+)ms/.exec(log)?.[1] ?? 0),
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
  };
}

async function pageWeights(browser: Browser, origin: string) {
  console.log('\n## Page weight (brotli, over the wire)');
  console.log(`budget: ≤ ${(starlightDefault.total * 1.1).toFixed(1)} KiB in all (default Starlight + 10%), JavaScript ≤ ${starlightDefault.js} KiB`);
  console.log('page type        total      JS         CSS        requests');
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
    console.log(`${type.padEnd(16)} ${kib(total).padEnd(10)} ${kib(of('script')).padEnd(10)} ${kib(of('stylesheet')).padEnd(10)} ${sizes.length}`);
  }
}

async function lighthousePerformance(origin: string) {
  console.log('\n## Lighthouse performance (mobile)');
  console.log('page type        score  LCP ms   TBT ms   CLS');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
  try {
    for (const [type, path] of Object.entries(pageTypes)) {
      const result = await lighthouse(`${origin}/${path}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
      const { categories, audits } = result!.lhr;
      const value = (id: string) => audits[id]?.numericValue ?? 0;
      console.log(
        `${type.padEnd(16)} ${String(Math.round((categories.performance?.score ?? 0) * 100)).padEnd(6)} ${value('largest-contentful-paint').toFixed(0).padEnd(8)} ${value('total-blocking-time').toFixed(0).padEnd(8)} ${value('cumulative-layout-shift').toFixed(3)}`,
      );
    }
  } finally {
    chrome.kill();
  }
}

/** Pagefind bytes fetched for a fresh search, as a reader's browser would. */
async function pagefindBytes(browser: Browser, origin: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/de/`);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.evaluate(async (q) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const found = await pagefind.search(q);
    await Promise.all(found.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
  }, query);
  await page.waitForLoadState('networkidle');
  await context.close();
  return bytes;
}

/** A copy of the project whose articles, topics and glossary terms exist `factor` times. */
function syntheticCopy(factor: number): string {
  const dir = join(root, '.test-copies', `bench-${factor}x`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  for (const lang of languageCodes) {
    for (const folder of ['articles', 'topics']) {
      const from = join(dir, 'src/content/docs', lang, folder);
      for (const file of readdirSync(from)) {
        const text = readFileSync(join(from, file), 'utf8');
        const title = (parse(/^title: .*$/m.exec(text)![0]) as { title: string }).title;
        for (let n = 2; n <= factor; n++) {
          writeFileSync(join(from, file.replace('.mdx', `-${n}.mdx`)), text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${title} (${n})`)}`));
        }
      }
    }
  }
  const glossary = join(dir, 'src/content/glossary');
  for (const file of readdirSync(glossary)) {
    const term = parse(readFileSync(join(glossary, file), 'utf8')) as {
      label: Record<string, string>;
      aliases?: Record<string, string[]>;
      translation?: unknown;
    };
    delete term.translation;
    for (let n = 2; n <= factor; n++) {
      // Labels and aliases must stay unique across terms: each copy is a new name, as new terms would be.
      const numbered = (texts: Record<string, string[]>) =>
        Object.fromEntries(Object.entries(texts).map(([lang, list]) => [lang, list.map((text) => `Kopie${n} ${text}`)]));
      const copy = {
        ...term,
        label: Object.fromEntries(Object.entries(term.label).map(([lang, label]) => [lang, `Kopie${n} ${label}`])),
        aliases: numbered(term.aliases ?? {}),
      };
      writeFileSync(join(glossary, file.replace('.yaml', `-${n}.yaml`)), stringify(copy));
    }
  }
  return dir;
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  console.log('## Build time (3 clean builds)');
  const builds = [build(root), build(root), build(root)];
  console.log(`pages: ${builds[0]!.pages}`);
  console.log(`total: median ${median(builds.map((b) => b.seconds)).toFixed(1)} s (runs: ${builds.map((b) => b.seconds.toFixed(1)).join(', ')})`);
  console.log(`  Astro pages: ${(median(builds.map((b) => b.pagesMs)) / 1000).toFixed(1)} s`);
  console.log(`  OG images:   ${(median(builds.map((b) => b.ogMs)) / 1000).toFixed(1)} s`);
  console.log(`  Pagefind:    ${(median(builds.map((b) => b.pagefindMs)) / 1000).toFixed(1)} s`);

  const server = await serveStatic(resolve('dist'));
  try {
    await pageWeights(browser, originOf(server));
    await lighthousePerformance(originOf(server));
  } finally {
    server.close();
  }

  console.log('\n## Scale');
  console.log('content   pages    build s   s/page   Pagefind bytes per query (“Exportkontrollen”, “Liang Wenfeng”, “H800”)');
  const scales = (process.env.BENCH_SCALES ?? '10,100').split(',').map(Number);
  for (const factor of [1, ...scales]) {
    const dir = factor === 1 ? root : syntheticCopy(factor);
    const time = factor === 1 ? builds[0]! : build(dir);
    const scaled = await serveStatic(resolve(dir, 'dist'));
    try {
      const bytes = [];
      for (const q of ['Exportkontrollen', 'Liang Wenfeng', 'H800']) bytes.push(await pagefindBytes(browser, originOf(scaled), q));
      console.log(`${`${factor}×`.padEnd(9)} ${String(time.pages).padEnd(8)} ${time.seconds.toFixed(1).padEnd(9)} ${(time.seconds / time.pages).toFixed(3).padEnd(8)} ${bytes.map(kib).join(', ')}`);
    } finally {
      scaled.close();
    }
    if (factor !== 1) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
