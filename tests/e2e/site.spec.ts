import { expect, test, type Page } from '@playwright/test';
import { languageOf } from '../../src/lib/languages';
import { articles, langs, uiStrings } from './content';

test.describe('the root language chooser', () => {
  for (const [locale, lang, tag] of [
    ['de-DE', 'de', 'de'],
    ['en-US', 'en', 'en'],
    ['zh-CN', 'zh-cn', 'zh-CN'],
    // Traditional Chinese has no pages of its own: the Chinese ones serve it better than English.
    ['zh-TW', 'zh-cn', 'zh-CN'],
    ['fr-FR', 'en', 'en'],
  ] as const) {
    test(`sends a ${locale} browser to /${lang}/`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForURL(`**/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await context.close();
    });
  }

  test('offers every language as a plain link without JavaScript and is not indexed', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByRole('link')).toHaveCount(langs.length);
    for (const lang of langs) {
      const link = page.getByRole('link', { name: uiStrings(lang)['languageChooser.link'] });
      await expect(link).toHaveAttribute('href', `/${lang}/`);
    }
    await page.getByRole('link', { name: uiStrings('en')['languageChooser.link'] }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });
});

// One browser page without JavaScript per worker, shared by the articles' checks.
const withoutScripts = test.extend<object, { noScriptPage: Page }>({
  noScriptPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test.describe('articles', () => {
  for (const article of articles) {
    withoutScripts(`${article.url} renders its text without JavaScript`, async ({ noScriptPage: page }) => {
      const response = await page.goto(article.url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', languageOf(article.lang).tag);
      await expect(page.locator('main h1')).toHaveText(article.title);
      for (const section of article.sections) {
        await expect(page.locator(`main h2#${section.key}`)).toHaveText(section.text);
      }
      await expect(page.locator('main .editors-note aside[aria-label]')).toHaveCount(article.editorsNotes);
    });
  }

  test('the language picker keeps the page', async ({ page }) => {
    const article = articles.find((a) => a.lang === 'de');
    expect(article, 'a German article').toBeDefined();
    await page.goto(article!.url);
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(new RegExp(`/en/articles/${article!.slug}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an unknown URL outside the language folders gets the site-wide 404 page in every language', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  for (const lang of langs) {
    await expect(page.locator(`section[lang="${lang}"] h2`)).toHaveText(uiStrings(lang)['notFound.heading']);
  }
});
