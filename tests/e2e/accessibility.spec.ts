import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtUrls } from '../../src/lib/built-urls';
import { redirects } from '../../src/redirects';
import { distDir } from './content';

/**
 * axe-core with the WCAG 2.2 AA rules on every page, in light and dark theme, on desktop and
 * mobile. Each page loads once per viewport; the theme is switched the way Starlight's picker does.
 */
const pages = [...builtUrls(distDir).filter((url) => url.endsWith('/') && !(url in redirects)), '/404.html'];
const viewports = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
const themes = ['light', 'dark'] as const;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Pages are split into groups so that the two workers share them; each group reuses one browser page.
const groups = 8;
for (let group = 0; group < groups; group++) {
  test(`axe, pages ${group + 1}/${groups}: zero WCAG 2.2 AA violations`, async ({ page }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    for (const url of pages.filter((_, i) => i % groups === group)) {
      for (const [device, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        await page.goto(url);
        for (const theme of themes) {
          await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
          const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
          for (const v of violations) problems.push(`${url} (${device}, ${theme}) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
