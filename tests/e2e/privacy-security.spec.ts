import { expect, test } from '@playwright/test';
import { cdnHeaders } from './host-files';

/**
 * The security headers a static host sends from `_headers` for every path. The test server sends
 * them as such a host does (scripts/lib/static-server.ts), so every page runs under the policy.
 */
const hostHeaders = Object.fromEntries(Object.entries(cdnHeaders('/')).filter(([name]) => name !== 'Cache-Control'));

const pages = ['/', '/de/', '/en/articles/what-is-deepseek/', '/de/topics/costs/', '/en/glossary/', '/de/glossary/h800/', '/zh-cn/timeline/', '/de/glossar/', '/404.html'];
// Pages where the search is used as well: its code (Pagefind's WebAssembly) is the same on every page.
const searchedOn = ['/de/', '/en/articles/what-is-deepseek/'];

test('the security headers are complete, and the policy allows no inline script by default', () => {
  expect(Object.keys(hostHeaders).sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
  const scripts = /script-src ([^;]+)/.exec(hostHeaders['Content-Security-Policy']!)![1]!;
  expect(scripts).not.toContain('unsafe-inline');
  expect(scripts).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
});

for (const url of pages) {
  test(`${url}: no request to another origin, no script or resource blocked by the policy`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const response = await page.request.get(url);
    expect(response.headers()['content-security-policy']).toBe(hostHeaders['Content-Security-Policy']);
    const foreign: string[] = [];
    page.on('request', (request) => {
      const requested = new URL(request.url());
      if (!['data:', 'blob:'].includes(requested.protocol) && requested.origin !== origin) foreign.push(request.url());
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
      );
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    if (searchedOn.includes(url)) {
      await page.locator('site-search button[data-open-modal]').click();
      await page.locator('#starlight__search .pagefind-ui__search-input').fill('DeepSeek');
      await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
