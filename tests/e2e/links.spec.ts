import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtUrls } from '../../src/lib/built-urls';
import { translationLanguages } from '../../src/lib/languages';
import { redirects } from '../../src/redirects';
import { articles, builtHtml, distDir } from './content';

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../url-manifest.json', import.meta.url)), 'utf8')) as string[];
const built = builtUrls(distDir);

test.describe('URLs that never break', () => {
  test('every URL in the manifest is still built, or redirects to a page that is', () => {
    const lost = manifest.filter((url) => !built.includes(url) && !(url in redirects));
    expect(lost, 'add a redirect for each moved page to src/redirects.ts').toEqual([]);
    for (const [from, to] of Object.entries(redirects)) expect(built, `target of the redirect ${from}`).toContain(to);
  });

  test('every built URL is in the manifest', () => {
    const unlisted = built.filter((url) => !manifest.includes(url));
    expect(unlisted, 'run `npm run urls:update` and commit tests/url-manifest.json').toEqual([]);
  });

  for (const [from, to] of Object.entries(redirects)) {
    test(`the redirect ${from} keeps the #fragment`, async ({ page }) => {
      await page.goto(`${from}#cite`);
      await expect(page).toHaveURL(new RegExp(`${to}#cite$`));
    });
  }
});

test.describe('anchors', () => {
  const ids = (html: string) =>
    [...html.matchAll(/<(?:h2|h3|dt)\b[^>]*\bid="([^"]+)"/g)]
      .map((m) => m[1]!)
      // Starlight's own "On this page" heading, and the A–Z letters, which depend on the language.
      .filter((id) => !id.startsWith('starlight__') && !id.startsWith('letter-'))
      .sort();

  test('every page has the same section ids in every language', () => {
    const german = built.filter((url) => url.startsWith('/de/') && url.endsWith('/') && !(url in redirects));
    expect(german.length).toBeGreaterThan(50);
    for (const url of german) {
      for (const { code } of translationLanguages) {
        const translated = url.replace(/^\/de\//, `/${code}/`);
        expect(built, `${translated} (the counterpart)`).toContain(translated);
        expect(ids(builtHtml(translated)), translated).toEqual(ids(builtHtml(url)));
      }
    }
  });

  test('every article heading has a visible copy-link anchor', async ({ page }) => {
    const article = articles[0]!;
    await page.goto(article.url);
    for (const section of article.sections) {
      await expect(page.locator(`.sl-heading-wrapper:has(h2#${section.key}) a.sl-anchor-link`)).toHaveAttribute('href', `#${section.key}`);
    }
  });

  test('switching language keeps the section', async ({ page }) => {
    const article = articles.find((a) => a.lang === 'de' && a.sections.length > 2)!;
    const section = article.sections[2]!.key;
    await page.goto(`${article.url}#${section}`);
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(new RegExp(`/en/articles/${article.slug}/#${section}$`));
    await expect(page.locator(`h2#${section}`)).toBeInViewport();
  });
});
