import { expect, test } from '@playwright/test';
import { languageOf, sourceLanguage } from '../../src/lib/languages';
import { builtHtml, langs, uiStrings } from './content';

/** What a careful reader notices around the content: header, provenance, 404 pages, previews. */
test.describe('the header', () => {
  test('the site title links the home page directly, without a redirect', async ({ page }) => {
    for (const lang of langs) {
      await page.goto(`/${lang}/articles/what-is-deepseek/`);
      await expect(page.locator('header a.site-title')).toHaveAttribute('href', `/${lang}/`);
    }
  });

  test('the theme picker shows its whole label in every language', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const lang of langs) {
      await page.goto(`/${lang}/`);
      const clipped = await page.locator('header starlight-theme-select select').evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return [...select.options].filter((option) => context.measureText(option.text).width > room).map((option) => option.text);
      });
      expect(clipped, lang).toEqual([]);
    }
  });
});

test.describe('articles name their source in words', () => {
  for (const lang of langs) {
    test(`${lang}: provenance and a link to the source text, no internal file name`, async ({ page }) => {
      await page.goto(`/${lang}/articles/what-is-deepseek/`);
      const source = page.locator('aside.article-source');
      await expect(source).not.toContainText('.txt');
      const strings = uiStrings(lang);
      const provenance = strings[lang === sourceLanguage.code ? 'articleSource.provenance' : 'articleSource.translation']!;
      await expect(source).toContainText(provenance.replace('{{number}}', '1').replace('{{total}}', '5'));
      await expect(source.locator(`a[href="/${lang}/sources/#what-is-deepseek"]`)).toBeVisible();
    });
  }

  test('the link to the German original has the site’s link colour, not the browser’s default blue', async ({ page }) => {
    await page.goto('/en/articles/what-is-deepseek/');
    const colours = await page.evaluate(() => {
      const link = document.querySelector('aside.article-source a[hreflang="de"]')!;
      const content = document.querySelector('.sl-markdown-content a:not(.glossary-link)')!;
      return [getComputedStyle(link).color, getComputedStyle(content).color];
    });
    expect(colours[0]).not.toBe('rgb(0, 0, 238)');
    expect(colours[0]).toBe(colours[1]);
  });
});

test.describe('404 pages', () => {
  for (const lang of langs) {
    test(`a missing page under /${lang}/ answers 404 in that language: title, header and text`, async ({ page }) => {
      const strings = uiStrings(lang);
      const response = await page.goto(`/${lang}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', languageOf(lang).tag);
      await expect(page).toHaveTitle(new RegExp(`^${strings['notFound.heading']}`));
      await expect(page.locator('main h1')).toHaveText(strings['notFound.heading']!);
      await expect(page.locator('main')).toContainText(strings['notFound.text']!);
      for (const other of langs.filter((l) => l !== lang)) await expect(page.locator('main')).not.toContainText(uiStrings(other)['notFound.heading']!);
    });
  }
});

test('home pages are websites to link previews, and the chooser’s preview image is not one language’s', () => {
  for (const lang of langs) expect(builtHtml(`/${lang}/`)).toContain('<meta property="og:type" content="website"');
  expect(builtHtml('/de/articles/what-is-deepseek/')).toContain('<meta property="og:type" content="article"');
});

test('pages that are not content stay out of the search index', () => {
  for (const url of [...langs.flatMap((lang) => [`/${lang}/translation-status/`, `/${lang}/404.html`]), '/404.html', '/']) {
    expect(builtHtml(url), url).not.toContain('data-pagefind-body');
  }
});

test('“On this page” lists the sections of the glossary index and the translation status page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const url of ['/en/glossary/', '/de/glossary/', '/en/translation-status/']) {
    await page.goto(url);
    expect(await page.locator('starlight-toc nav a').count(), url).toBeGreaterThan(3);
  }
});

test('citations name an article once and link its sections after it', () => {
  for (const url of ['/en/topics/markets/', '/de/topics/markets/', '/en/sources/', '/de/sources/', '/en/timeline/']) {
    const html = builtHtml(url);
    // The same link text twice inside one pair of parentheses: "(Title, Title)".
    const repeated = [...html.matchAll(/\((<a [^>]*>([^<]+)<\/a>)(, <a [^>]*>[^<]+<\/a>)*, <a [^>]*>\2<\/a>/g)].map((m) => m[0]);
    expect(repeated, url).toEqual([]);
    expect(html, url).toMatch(/, <a href="[^"]*\/articles\/[^"#]+\/#[^"]+">§[^<]+<\/a>/);
  }
  // On the sources page each article is named in full once per section, not after every sentence.
  for (const lang of ['de', 'en']) {
    // The two languages whose titles this test names; other languages shorten titles their own way.
    const section = builtHtml(`/${lang}/sources/`).split('id="what-is-deepseek"')[1]!.split('<h2')[0]!;
    const title = lang === 'de' ? 'Was ist DeepSeek?' : 'What is DeepSeek?';
    expect(section.split(`>${title}</a>`).length - 1, lang).toBeLessThanOrEqual(2);
  }
});
