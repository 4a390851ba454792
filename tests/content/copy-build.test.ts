import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/built-html';
import { copyProject, runAstro } from './project-copy';

/**
 * One full build of a copy of the project, changed in two ways that do not touch each other (a
 * build takes most of a minute): it is built for a custom domain below a sub-path, and its German
 * article changed after it was translated.
 */
const origin = 'https://dossier.example.org';
const base = '/wiki/dossier/';
let copy: string;
let build: ReturnType<typeof runAstro>;
const page = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  copy = copyProject('dossier-copy-');
  const german = join(copy, 'src/content/docs/de/articles/what-is-deepseek.mdx');
  writeFileSync(german, `${readFileSync(german, 'utf8')}\nEin neuer Absatz der Redaktion.\n`);
  build = runAstro(copy, ['build'], { SITE_URL: origin, BASE_PATH: base });
}, 240_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('the build succeeds', () => {
  expect(build.status, build.output).toBe(0);
});

describe(`a build for ${origin}${base}`, () => {
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

describe('a translation whose German source changed', () => {
  it('is reported by the build, which still succeeds', () => {
    expect(build.output).toMatch(/\d+ translation\(s\) outdated: [^\n]*page articles\/what-is-deepseek\b/);
  });

  it('shows English readers a notice that links the German original', () => {
    const html = page('en/articles/what-is-deepseek');
    expect(html).toMatch(/data-translation-state="outdated"[^>]*>The German original was updated on \w+ \d{1,2}, \d{4}; this translation may be outdated\./);
    expect(html).toContain(`<a href="${base}de/articles/what-is-deepseek/" hreflang="de"`);
    expect(html).toMatch(/hreflang="de"[^>]*>Read the German original<\/a>/);
  });

  it('offers no quote citations on it, whose paragraphs may no longer match the German, but does on current ones', () => {
    expect(page('en/articles/what-is-deepseek')).not.toContain('cite-quote-button');
    expect(page('en/articles/limits-as-catalyst')).toContain('cite-quote-button');
    expect(page('de/articles/what-is-deepseek')).toContain('cite-quote-button');
  });

  it('leaves current translations and German pages without a notice', () => {
    expect(page('en/articles/limits-as-catalyst')).not.toContain('data-translation-state');
    expect(page('de/articles/what-is-deepseek')).not.toContain('data-translation-state');
  });

  it('lists the page as outdated on the translation status page, by its title', () => {
    expect(page('en/translation-status')).toMatch(
      new RegExp(`<tr data-state="outdated" data-id="articles/what-is-deepseek"><td><a href="${base}en/articles/what-is-deepseek/">What is DeepSeek\\?[^<]*</a>`),
    );
  });
});
