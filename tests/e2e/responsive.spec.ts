import { expect, test, type Browser } from '@playwright/test';
import { langs } from './content';

/**
 * Every page type, in every language, at phone, tablet and desktop widths: the page is never
 * wider than the screen, and the header's search and menu buttons lie on it. Phones are emulated
 * as phones (mobile viewport, touch), which widen their layout to fit overflowing content, so the
 * page's scroll width is compared with the width the test set, not with `innerWidth`.
 */
const pageTypes = {
  home: '',
  article: 'articles/what-is-deepseek/',
  topic: 'topics/markets/',
  overview: 'key-figures/',
  timeline: 'timeline/',
  glossary: 'glossary/',
  term: 'glossary/h800/',
  translationStatus: 'translation-status/',
  notFound: '404.html',
};
const widths = [320, 360, 390, 768, 1024, 1280];

/** A phone (mobile viewport, touch) below 1024 px, a desktop browser from there on. */
async function open(browser: Browser, width: number, url: string) {
  const phone = width < 1024;
  const context = await browser.newContext({ viewport: { width, height: 800 }, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

test.describe.configure({ mode: 'parallel' });

for (const lang of langs) {
  for (const [type, path] of Object.entries(pageTypes)) {
    const url = `/${lang}/${path}`;
    test(`${type} ${url} fits every screen from 320 to 1280 px`, async ({ browser }) => {
      const problems: string[] = [];
      // One browser context per kind of device, one page load; the window is resized for each width.
      for (const phone of [true, false]) {
        const sizes = widths.filter((width) => width < 1024 === phone);
        const { context, page } = await open(browser, sizes[0]!, url);
        for (const width of sizes) {
          await page.setViewportSize({ width, height: 800 });
          // Two frames: the new width laid out and painted.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) problems.push(`${width} px: the page is ${scrollWidth} px wide`);
          for (const selector of ['site-search button[data-open-modal]', 'starlight-menu-button button']) {
            const button = page.locator(selector);
            if (!(await button.isVisible())) continue;
            const box = (await button.boundingBox())!;
            if (box.x < 0 || box.x + box.width > width) problems.push(`${width} px: ${selector} lies at ${Math.round(box.x)}–${Math.round(box.x + box.width)} px`);
          }
          const menu = page.locator('starlight-menu-button button');
          if (await menu.isVisible()) {
            await menu.click();
            const sidebar = await page.locator('#starlight__sidebar').boundingBox();
            if (sidebar && sidebar.x + sidebar.width > width + 0.5) problems.push(`${width} px: the opened sidebar ends at ${Math.round(sidebar.x + sidebar.width)} px`);
            await menu.click();
          }
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
}

for (const lang of langs) {
  test(`${lang}: the key figures are readable on a 360 px phone, and “see note” links its note`, async ({ browser }) => {
    const { context, page } = await open(browser, 360, `/${lang}/key-figures/`);
    const cells = page.locator('main table tbody td');
    expect(await cells.count()).toBeGreaterThan(20);
    const outside = await cells.evaluateAll((tds) =>
      tds.filter((td) => td.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((td) => td.textContent),
    );
    expect(outside).toEqual([]);
    // Every status that points to a note links it, and the note exists.
    const noteLinks = page.locator('main table tbody td a[href^="#note-"]');
    expect(await noteLinks.count()).toBeGreaterThan(10);
    for (const href of await noteLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href), href).toHaveClass(/editors-note/);
    }
    await context.close();
  });
}
