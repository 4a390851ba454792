import { expect, test as base, type Page } from '@playwright/test';
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

/**
 * What lies outside a window `width` px wide: the page itself, the header's search and menu
 * buttons, and the sidebar once the menu is opened. Measured in the page in one step per width.
 */
function overflowAt(width: number): string[] {
  const problems: string[] = [];
  const { scrollWidth } = document.documentElement;
  if (scrollWidth > width) problems.push(`${width} px: the page is ${scrollWidth} px wide`);
  const shown = (element: Element | null): element is HTMLElement => !!element && (element as HTMLElement).offsetParent !== null;
  for (const selector of ['site-search button[data-open-modal]', 'starlight-menu-button button']) {
    const button = document.querySelector(selector);
    if (!shown(button)) continue;
    const box = button.getBoundingClientRect();
    if (box.left < 0 || box.right > width) problems.push(`${width} px: ${selector} lies at ${Math.round(box.left)}–${Math.round(box.right)} px`);
  }
  const menu = document.querySelector('starlight-menu-button button');
  if (shown(menu)) {
    menu.click();
    const sidebar = document.querySelector('#starlight__sidebar')?.getBoundingClientRect();
    if (sidebar && sidebar.right > width + 0.5) problems.push(`${width} px: the opened sidebar ends at ${Math.round(sidebar.right)} px`);
    menu.click();
  }
  return problems;
}

// One phone and one desktop page per worker: a new browser context costs more than the checks.
const test = base.extend<object, { devices: Record<'phone' | 'desktop', Page> }>({
  devices: [
    async ({ browser }, use) => {
      const device = async (phone: boolean) => (await browser.newContext({ isMobile: phone, hasTouch: phone })).newPage();
      const devices = { phone: await device(true), desktop: await device(false) };
      await use(devices);
      await Promise.all(Object.values(devices).map((page) => page.context().close()));
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ mode: 'parallel' });

for (const lang of langs) {
  for (const [type, path] of Object.entries(pageTypes)) {
    const url = `/${lang}/${path}`;
    test(`${type} ${url} fits every screen from 320 to 1280 px`, async ({ devices }) => {
      const problems: string[] = [];
      for (const [device, page] of Object.entries(devices)) {
        const sizes = widths.filter((width) => width < 1024 === (device === 'phone'));
        await page.setViewportSize({ width: sizes[0]!, height: 800 });
        await page.goto(url);
        for (const width of sizes) {
          await page.setViewportSize({ width, height: 800 });
          // Two frames: the new width laid out and painted.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          problems.push(...(await page.evaluate(overflowAt, width)));
        }
      }
      expect(problems).toEqual([]);
    });
  }
}

for (const lang of langs) {
  test(`${lang}: the key figures are readable on a 360 px phone, and “see note” links its note`, async ({ devices: { phone: page } }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${lang}/key-figures/`);
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
  });
}
