import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/built-html';
import { copyProject, runAstro } from './project-copy';

/** The same content built for a custom domain below a sub-path: every URL must follow. */
const origin = 'https://dossier.example.org';
const base = '/wiki/dossier/';
let copy: string;
let build: ReturnType<typeof runAstro>;
const page = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  copy = copyProject('dossier-base-');
  build = runAstro(copy, ['build'], { SITE_URL: origin, BASE_PATH: base });
}, 180_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe(`a build for ${origin}${base}`, () => {
  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('links and loads everything below the base path', () => {
    const files = htmlFiles(join(copy, 'dist'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const outside = [...readFileSync(file, 'utf8').matchAll(/\b(?:href|src|content|url)=["']?(\/[^"' >]*)/g)]
        .map((m) => m[1]!)
        .filter((url) => !url.startsWith('//') && !url.startsWith(base));
      expect(outside, relative(copy, file)).toEqual([]);
    }
  });

  it('writes absolute URLs (canonical, og:url, og:image, hreflang, citations) with the domain and base', () => {
    const html = page('en/articles/what-is-deepseek');
    const url = `${origin}${base}en/articles/what-is-deepseek/`;
    expect(html).toContain(`<link rel="canonical" href="${url}"`);
    expect(html).toContain(`<meta property="og:url" content="${url}"`);
    expect(html).toContain(`<meta property="og:image" content="${origin}${base}og/en/articles/what-is-deepseek.png"`);
    expect(html).toContain(`hreflang="de" href="${origin}${base}de/articles/what-is-deepseek/"`);
    expect(html).toContain(`{{cite web |url=${url} |`);
    const absolute = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((m) => m[0]).filter((u) => u.includes('localhost'));
    expect(absolute).toEqual([]);
  });

  it('keeps redirects inside the base path', () => {
    expect(page('de/glossar')).toContain(`location.replace("${base}de/glossary/"+location.hash)`);
  });
});
