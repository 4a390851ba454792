import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtUrls } from '../../src/lib/built-urls';
import { builtHtml, distDir, site } from './content';

/** Every link of the built site, checked on the output: internal targets and #fragments exist, external ones are safe. */
const pages = [...builtUrls(distDir).filter((url) => url.endsWith('/')), '/404.html'];
const idsOf = new Map<string, Set<string>>();
const ids = (url: string) => {
  if (!idsOf.has(url)) idsOf.set(url, new Set([...builtHtml(url).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsOf.get(url)!;
};
const exists = (path: string) =>
  existsSync(`${distDir}${path.slice(1)}`) && (!path.endsWith('/') || existsSync(`${distDir}${path.slice(1)}index.html`));

test('no internal link or #fragment is broken', () => {
  const broken: string[] = [];
  for (const url of pages) {
    for (const [, href = ''] of builtHtml(url).matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
      const target = new URL(href.replace(/&amp;/g, '&'), `http://site${url}`);
      const path = decodeURIComponent(target.pathname);
      if (!exists(path)) broken.push(`${url}: ${href} (no such page)`);
      else if (target.hash && path.endsWith('/') && !ids(path).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${url}: ${href} (no id ${target.hash} there)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('external links open safely: rel="noopener noreferrer"', () => {
  const unsafe: string[] = [];
  let external = 0;
  for (const url of pages) {
    for (const [tag = '', href = ''] of builtHtml(url).matchAll(/<a\b[^>]*\shref="(https?:\/\/[^"]*)"[^>]*>/g)) {
      if (href.startsWith(`${site}/`)) continue;
      external++;
      const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${url}: ${href}`);
    }
  }
  expect(unsafe).toEqual([]);
  // The glossary's references link their works: the check must have had something to check.
  expect(external).toBeGreaterThan(10);
});
