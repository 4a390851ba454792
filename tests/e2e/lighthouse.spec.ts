import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium';

/**
 * Lighthouse (mobile) on one page of each kind in both languages: 100 in accessibility, best
 * practices and SEO. Performance depends on the machine, so `npm run bench` reports it instead.
 * The 404 page is audited at /404.html: at an unknown address its 404 status is the point.
 */
const pages = ['de/', 'en/', 'de/articles/what-is-deepseek/', 'en/articles/what-is-deepseek/', 'de/glossary/', 'en/glossary/', 'de/glossary/moe/', 'en/glossary/moe/', '404.html'];
const categories = ['accessibility', 'best-practices', 'seo'];

test('Lighthouse: 100 in accessibility, best practices and SEO', async ({ baseURL }) => {
  test.setTimeout(600_000);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  const below: string[] = [];
  try {
    for (const path of pages) {
      const result = await lighthouse(`${baseURL}/${path}`, { port: chrome.port, onlyCategories: categories, output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      for (const id of categories) {
        const category = lhr.categories[id]!;
        if (category.score === 1) continue;
        const failing = category.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]!.score !== null && lhr.audits[ref.id]!.score! < 1)
          .map((ref) => ref.id);
        below.push(`/${path} ${id} ${Math.round((category.score ?? 0) * 100)}: ${failing.join(', ')}`);
      }
      console.log(`lighthouse /${path}: ${categories.map((id) => `${id} ${Math.round((lhr.categories[id]!.score ?? 0) * 100)}`).join(', ')}`);
    }
  } finally {
    chrome.kill();
  }
  expect(below).toEqual([]);
});
