import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { languageOf } from '../../src/lib/languages';
import { builtHtml, distDir, langs, site } from './content';

/** The suite's build is made as a deployer makes it, with SITE_URL set: no local address may be left in it. */
const textFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return /\.(html|xml|txt|json|js|css|webmanifest|xsl)$/.test(entry.name) || entry.name.startsWith('_') ? [path] : [];
  });

test('a deployment build names its public address and never localhost', () => {
  expect(site).not.toMatch(/localhost|127\.0\.0\.1/);
  const local = textFiles(distDir).filter((file) => /localhost|127\.0\.0\.1/.test(readFileSync(file, 'utf8')));
  expect(local.map((file) => relative(distDir, file))).toEqual([]);
  // Every kind of absolute URL carries the configured origin.
  const html = builtHtml('/en/articles/what-is-deepseek/');
  for (const pattern of [/rel="canonical" href="([^"]+)"/, /property="og:url" content="([^"]+)"/, /property="og:image" content="([^"]+)"/, /hreflang="de" href="([^"]+)"/]) {
    expect(pattern.exec(html)?.[1], String(pattern)).toMatch(new RegExp(`^${site}/`));
  }
  expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${site}/de/</loc>`);
});

test('_redirects gives hosts real 301s and each language its own 404 page', () => {
  const rules = readFileSync(join(distDir, '_redirects'), 'utf8').trim().split('\n');
  expect(rules).toContain('/de/glossar/ /de/glossary/ 301!');
  for (const lang of langs) {
    expect(rules).toContain(`/${lang}/* /${lang}/404.html 404`);
    expect(builtHtml(`/${lang}/404.html`)).toContain(`<html lang="${languageOf(lang).tag}"`);
  }
});
