import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, testChromiumFlags } from '../../scripts/lib/chromium';

/**
 * Lighthouse (mobile) on one page of each kind, the languages taking turns: 100 in accessibility,
 * best practices and SEO. (axe checks every page in every language; the languages share every
 * template.) Performance depends on the machine, so `npm run bench` reports it instead.
 * The 404 page is audited at /404.html: at an unknown address its 404 status is the point.
 */
const pages = ['de/', 'en/articles/what-is-deepseek/', 'zh-cn/glossary/', 'zh-cn/glossary/moe/', '404.html'];
const categories = ['accessibility', 'best-practices', 'seo'];
/**
 * These categories judge the loaded page, not how fast it loads: no full-page screenshot (used only
 * for the report's pictures) and short quiet windows (a static page has settled long before 1 s).
 */
const settings = {
  onlyCategories: categories,
  disableFullPageScreenshot: true,
  skipAboutBlank: true,
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
};

test.describe('Lighthouse', () => {
  test.describe.configure({ mode: 'parallel' });
  // One Chromium per worker, shared by that worker's audits.
  let chrome: chromeLauncher.LaunchedChrome;
  test.beforeAll(async () => {
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...testChromiumFlags] });
  });
  test.afterAll(() => chrome?.kill());

  for (const path of pages) {
    test(`/${path}: 100 in accessibility, best practices and SEO`, async ({ baseURL }) => {
      test.setTimeout(120_000);
      const result = await lighthouse(`${baseURL}/${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, { extends: 'lighthouse:default', settings });
      const lhr = result!.lhr;
      const below = categories.flatMap((id) => {
        const category = lhr.categories[id]!;
        if (category.score === 1) return [];
        const failing = category.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]!.score !== null && lhr.audits[ref.id]!.score! < 1)
          .map((ref) => ref.id);
        return [`${id} ${Math.round((category.score ?? 0) * 100)}: ${failing.join(', ')}`];
      });
      expect(below).toEqual([]);
    });
  }
});
