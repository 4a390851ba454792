import { expect, test } from '@playwright/test';
import { articles, site, uiStrings } from './content';

const citablePages = [
  ...articles.filter((a) => a.slug === 'what-is-deepseek').map((a) => ({ url: a.url, lang: a.lang, title: a.title })),
  { url: '/en/glossary/h800/', lang: 'en' as const, title: 'H800' },
];

test.describe('cite this page', () => {
  for (const { url, lang, title } of citablePages) {
    test(`${url}: every format is readable without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(url);
      const strings = uiStrings(lang);
      await expect(page.getByRole('heading', { name: strings['cite.heading'] })).toBeVisible();
      const wiki = page.locator('#cite-mediawiki-text');
      await expect(wiki).toContainText(`{{cite web |url=${site}${url} |title=${title} |website=DeepSeek-Dossier |language=${lang}`);
      await expect(page.locator('#cite-bibtex-text')).toContainText('@online{');
      await expect(page.locator('#cite-markdown-text')).toContainText(`[${title}](${site}${url})`);
      // Copy buttons need JavaScript, so they are hidden without it.
      await expect(page.locator('button.cite-copy')).toHaveCount(4);
      await expect(page.locator('button.cite-copy').first()).toBeHidden();
      await context.close();
    });
  }

  test('the English article says it is a translation of the German original', async ({ page, baseURL }) => {
    const german = articles.find((a) => a.lang === 'de' && a.slug === 'what-is-deepseek')!;
    await page.goto('/en/articles/what-is-deepseek/');
    await expect(page.locator('#cite-mediawiki-text')).toContainText(
      `|others=Translated from the German original “${german.title}” (${baseURL}${german.url})`,
    );
  });

  test('a copy button copies its citation, by keyboard, and says so', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/de/articles/what-is-deepseek/');
    const de = uiStrings('de');
    const button = page.getByRole('button', { name: de['cite.copy']!.replace('{{format}}', de['cite.bibtex']!) });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.cite-status')).toHaveText(de['cite.copied']!);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#cite-bibtex-text').textContent());
    expect(copied).toMatch(/^@online\{deepseek-dossier-de-articles-what-is-deepseek,/);
    // The address the reader is on, not the one the build was made for.
    expect(copied).toContain(`url = {${page.url()}}`);
    expect(copied).not.toContain(site);
    await context.close();
  });
});
