import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test as base, type Page } from '@playwright/test';
import axeCore, { type AxeResults, type RunOptions } from 'axe-core';
import { builtUrls } from '../../src/lib/built-urls';
import { redirects } from '../../src/redirects';
import { distDir } from './content';

/**
 * axe-core with the WCAG 2.2 AA rules on every page, light and dark, desktop and mobile: one test
 * per page, so that the report names the page and no test comes near its timeout.
 *
 * The work is split by what can change the outcome, so nothing is scanned twice for nothing:
 * - on the first page of each template (see `template`) every rule runs on the whole
 *   page, in both themes and at both widths: the header, sidebar, table of contents and the parts
 *   only a phone shows are the same on every page of a template;
 * - on the other pages, the rules about the document as a whole (title, language, landmarks,
 *   unique ids) run once on the whole page, and every other rule runs on the page's own content
 *   (`main`): the colour rules in both themes, the others at both widths (a theme changes only
 *   colours, a width only layout); on term pages, generated from data, in one theme and width.
 * axe is added to every document the worker's one browser page loads, before the page's scripts.
 */
const pages = [...builtUrls(distDir).filter((url) => url.endsWith('/') && !(url in redirects)), '/404.html'];
const viewports = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The rules a run by tags applies: axe leaves out experimental and deprecated ones.
const rules = axeCore.getRules(tags).filter((rule) => !rule.tags.some((tag) => tag === 'experimental' || tag === 'deprecated'));
const allRules = rules.map((rule) => rule.ruleId);
const colourRules = rules.filter((rule) => rule.tags.includes('cat.color')).map((rule) => rule.ruleId);
// Rules about the document as a whole (axe runs them only on a whole-document scan) and about its
// structure (lists, language), which neither a theme nor a width changes.
const documentRules = rules.filter((rule) => rule.tags.includes('cat.structure') || rule.tags.includes('cat.language') || /^(document-title|bypass|region|landmark-|duplicate-id|page-has|html-|meta-)/.test(rule.ruleId)).map((rule) => rule.ruleId);
const contentRules = allRules.filter((id) => !colourRules.includes(id) && !documentRules.includes(id));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Glossary term pages are generated from data by one template: the same elements and classes on every page. */
const generated = (url: string) => /^\/[^/]+\/glossary\/[^/]+\/$/.test(url);
/**
 * Pages of one template share everything but their content (`main`): the language chooser, a
 * language's home page, a language's written pages ("/de/topics/costs/" → "/de/*"), which all
 * have the same header, sidebar and table of contents, and a language's term pages
 * ("/de/glossary/h800/" → "/de/glossary/*"), which share their content's template too.
 */
const template = (url: string) => (generated(url) ? url.replace(/[^/]+\/$/, '*') : url.replace(/^(\/[^/]+\/).+\/$/, '$1*'));
const firstOfTemplate = new Set(pages.filter((url, i) => pages.findIndex((other) => template(other) === template(url)) === i));

interface Scan {
  device: keyof typeof viewports;
  theme: 'light' | 'dark';
  rules: string[];
  /** A selector for the part of the page to scan; the whole document if absent. */
  within?: string;
}

function scansOf(url: string): Scan[] {
  if (firstOfTemplate.has(url)) {
    return (['desktop', 'mobile'] as const).flatMap((device): Scan[] => [
      { device, theme: 'light', rules: allRules },
      { device, theme: 'dark', rules: colourRules },
    ]);
  }
  const ownContent: Scan[] = [
    { device: 'desktop', theme: 'light', rules: documentRules },
    { device: 'desktop', theme: 'light', rules: [...contentRules, ...colourRules], within: 'main' },
  ];
  // A term page's colours in the dark theme and its layout on a phone are those of the first
  // term page, which gets every scan; its data can still break a rule (a link without text).
  if (generated(url)) return ownContent;
  return [
    ...ownContent,
    { device: 'desktop', theme: 'dark', rules: colourRules, within: 'main' },
    { device: 'mobile', theme: 'light', rules: contentRules, within: 'main' },
  ];
}

async function violations(page: Page, { theme, rules, within }: Scan): Promise<AxeResults['violations']> {
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
  return page.evaluate(
    ({ within, options }) => (window as unknown as { axe: typeof axeCore }).axe.run(within ?? document, options).then((r) => r.violations),
    // `resultTypes` skips collecting the passes, which are not reported.
    { within, options: { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] } as RunOptions },
  );
}

// One browser page per worker: a new context for every page would cost a renderer process each.
const test = base.extend<object, { scanPage: Page }>({
  scanPage: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      // Through the DevTools protocol, so the pages' Content-Security-Policy does not block it.
      await page.addInitScript({ content: axeSource });
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ mode: 'parallel' });

for (const url of pages) {
  test(`axe ${url}: zero WCAG 2.2 AA violations (light and dark, desktop and mobile)`, async ({ scanPage: page }) => {
    await page.setViewportSize(viewports.desktop);
    await page.goto(url);
    const problems: string[] = [];
    for (const scan of scansOf(url)) {
      const { device, theme } = scan;
      // Playwright waits until the page has the new size; axe's own queries lay it out.
      if (page.viewportSize()?.width !== viewports[device].width) await page.setViewportSize(viewports[device]);
      for (const v of await violations(page, scan)) {
        problems.push(`${url} (${device}, ${theme}) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
