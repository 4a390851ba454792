import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, langs } from './content';
import { cdnHeaders, cdnNotFound, cdnRedirects } from './host-files';

/**
 * The built site served by Debian's nginx with the generated dist/nginx.conf, on a free port,
 * checked with real HTTP requests against what `_headers` and `_redirects` promise CDNs: the
 * same statuses, headers, redirects and 404 pages. `.ci/run` installs nginx; this test installs
 * nothing.
 */
const nginxBinary = ['nginx', '/usr/sbin/nginx'].find((bin) => spawnSync(bin, ['-v']).status === 0);
const manifest = JSON.parse(readFileSync(new URL('../url-manifest.json', import.meta.url), 'utf8')) as string[];
let server: ChildProcess | undefined;
let dir = '';
let origin = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { redirect: 'manual', headers });

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  expect(nginxBinary, 'nginx must be installed (Debian: apt-get install -y nginx; .ci/run does it)').toBeDefined();
  dir = mkdtempSync(join(tmpdir(), 'dossier-nginx-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const site = readFileSync(`${distDir}nginx.conf`, 'utf8')
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${distDir};`);
  writeFileSync(join(dir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/${kind};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
     ${process.getuid?.() === 0 ? 'user root;' : ''}
     events {}
     http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp} include ${dir}/site.conf; }`,
  );
  server = spawn(nginxBinary!, ['-e', `${dir}/error.log`, '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${origin}/de/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
});

test.afterAll(() => {
  // Stopped by its own PID, never by name: other nginx servers on the machine are not ours.
  if (server?.pid) process.kill(server.pid, 'SIGQUIT');
  rmSync(dir, { recursive: true, force: true });
});

test('every URL of the manifest answers 200, or 301 where it moved', async () => {
  const wrong: string[] = [];
  for (const url of manifest) {
    const moved = cdnRedirects.find((r) => r.from === url);
    const response = await get(url);
    if (response.status !== (moved ? 301 : 200)) wrong.push(`${url}: ${response.status}`);
  }
  expect(wrong).toEqual([]);
});

test('redirects: 301 with the Location of _redirects, and the browser keeps the #fragment', async ({ page }) => {
  expect(cdnRedirects.length).toBeGreaterThan(0);
  for (const { from, to } of cdnRedirects) {
    const response = await get(from);
    expect(response.status, from).toBe(301);
    expect(response.headers.get('location'), from).toBe(to);
  }
  const { from, to } = cdnRedirects[0]!;
  await page.goto(`${origin}${from}#h800`);
  await expect(page).toHaveURL(`${origin}${to}#h800`);
});

test('a missing page answers 404 with the 404 page of its language', async () => {
  for (const path of [...langs.map((lang) => `/${lang}/no-such-page/`), '/no-such-page/']) {
    const response = await get(path);
    expect(response.status, path).toBe(404);
    expect(await response.text(), path).toBe(readFileSync(`${distDir}${cdnNotFound(path).slice(1)}`, 'utf8'));
  }
});

test('headers: the security headers and cache policy of _headers, on pages, assets and 404s', async () => {
  const assets = (folder: string) => readdirSync(`${distDir}${folder}`).map((file) => `/${folder}/${file}`);
  const fragment = readdirSync(`${distDir}pagefind/fragment`).find((file) => file.startsWith('de_'))!;
  const paths = ['/', '/de/', '/en/articles/what-is-deepseek/', '/de/glossary/h800/', assets('_astro')[0]!, `/pagefind/fragment/${fragment}`, '/pagefind/pagefind.js', '/og/de.png', '/en/no-such-page/'];
  const differ: string[] = [];
  for (const path of paths) {
    const response = await get(path);
    for (const [name, value] of Object.entries(cdnHeaders(path))) {
      if (response.headers.get(name) !== value) differ.push(`${path} ${name}: ${response.headers.get(name)} ≠ ${value}`);
    }
  }
  expect(differ).toEqual([]);
  expect(cdnHeaders(assets('_astro')[0]!)['Cache-Control']).toContain('immutable');
  expect(cdnHeaders('/de/')['Cache-Control']).toContain('must-revalidate');
});

test('types: Pagefind’s WebAssembly and index files as binary, its scripts, JSON and pages', async () => {
  // Pagefind ships its WebAssembly as wasm.<lang>.pagefind and instantiates it from bytes.
  const binaries = ['/pagefind/wasm.de.pagefind', `/pagefind/${readdirSync(`${distDir}pagefind`).find((file) => file.endsWith('.pf_meta'))}`];
  const fragment = readdirSync(`${distDir}pagefind/fragment`)[0]!;
  for (const path of [...binaries, `/pagefind/fragment/${fragment}`]) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toBe('application/octet-stream');
  }
  expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/^application\/javascript/);
  expect((await get('/pagefind/pagefind-entry.json')).headers.get('content-type')).toMatch(/^application\/json/);
  expect((await get('/de/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
});

test('compression: HTML, CSS and JavaScript are sent gzipped', async () => {
  const css = readdirSync(`${distDir}_astro`).find((file) => file.endsWith('.css'))!;
  const js = readdirSync(`${distDir}_astro`).find((file) => file.endsWith('.js'))!;
  for (const path of ['/de/articles/what-is-deepseek/', `/_astro/${css}`, `/_astro/${js}`, '/pagefind/pagefind.js']) {
    const response = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding'), path).toBe('gzip');
  }
});
