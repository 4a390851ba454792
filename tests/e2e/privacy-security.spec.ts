import { expect, test } from '@playwright/test';
import { cdnHeaders } from './host-files';

/** The security headers a static host sends from `_headers` for every path, applied here to every response. */
const hostHeaders = Object.fromEntries(Object.entries(cdnHeaders('/')).filter(([name]) => name !== 'Cache-Control'));

const pages = ['/', '/de/', '/en/articles/what-is-deepseek/', '/de/topics/costs/', '/en/glossary/', '/de/glossary/h800/', '/en/timeline/', '/de/glossar/', '/404.html'];

test('the security headers are complete, and the policy allows no inline script by default', () => {
  expect(Object.keys(hostHeaders).sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options']);
  const scripts = /script-src ([^;]+)/.exec(hostHeaders['Content-Security-Policy']!)![1]!;
  expect(scripts).not.toContain('unsafe-inline');
  expect(scripts).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
});

for (const url of pages) {
  test(`${url}: no request to another origin, no script or resource blocked by the policy`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const requested = new URL(request.url());
      if (!['data:', 'blob:'].includes(requested.protocol) && requested.origin !== origin) foreign.push(request.url());
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...hostHeaders } });
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
      );
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Use what runs code: the search (Pagefind's WebAssembly) and, where there is one, a glossary preview.
    const searchButton = page.locator('site-search button[data-open-modal]');
    if (await searchButton.count()) {
      await searchButton.click();
      await page.locator('#starlight__search .pagefind-ui__search-input').fill('DeepSeek');
      // Every request goes through the route above, so the index loads slower than in the browser.
      await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({ timeout: 30_000 });
    }
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(foreign).toEqual([]);
    // Requests still in flight when the test ends must not fail it (Pagefind loads fragments lazily).
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
}
