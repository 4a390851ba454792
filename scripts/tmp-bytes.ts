import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { originOf, serveStatic } from './lib/static-server';
const dir = process.argv[2]!;
const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
for (const q of ['Exportkontrollen', 'Liang Wenfeng', 'H800', 'Wie viel hat das Training gekostet']) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${originOf(server)}/de/`);
  await page.waitForLoadState('networkidle');
  const got: [string, number][] = [];
  page.on('response', async (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith('/pagefind/') || p.includes('search-')) got.push([p, (await r.body().catch(() => Buffer.alloc(0))).length]);
  });
  await page.evaluate(async (q) => {
    const pf = await import(`${location.origin}/pagefind/pagefind.js`);
    const found = await pf.search(q);
    await Promise.all(found.results.slice(0, 5).map((r: any) => r.data()));
  }, q);
  await page.waitForLoadState('networkidle');
  const total = got.reduce((s, [, b]) => s + b, 0);
  const groups: Record<string, number> = {};
  for (const [p, b] of got) { const k = p.replace(/\/[^/]*$/, '/') + (p.match(/\.(\w+)$/)?.[1] ?? ''); groups[k] = (groups[k] ?? 0) + b; }
  console.log(q, (total / 1024).toFixed(0), 'KiB', got.length, 'files', JSON.stringify(Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, Math.round(v / 1024)]))));
  await context.close();
}
await browser.close();
server.close();
