import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { imageSize } from 'image-size';
import ogs from 'open-graph-scraper';
import { builtUrls } from '../../src/lib/built-urls';
import { languages, sourceLanguage } from '../../src/lib/languages';
import { redirects } from '../../src/redirects';
import { builtHtml, distDir, site } from './content';

const pages = builtUrls(distDir).filter((url) => url.endsWith('/') && !(url in redirects));

test('every page unfurls with title, description, a 1200×630 image and its canonical URL', async () => {
  expect(pages.length).toBeGreaterThan(100);
  const checked = new Set<string>();
  for (const url of [...pages, '/404.html']) {
    const { result, error } = await ogs({ html: builtHtml(url) });
    expect(error, url).toBe(false);
    expect(result.ogTitle, `${url} og:title`).toBeTruthy();
    expect(result.ogDescription, `${url} og:description`).toBeTruthy();
    expect(result.ogSiteName, `${url} og:site_name`).toBe('DeepSeek-Dossier');
    expect(languages.map((l) => l.ogLocale), `${url} og:locale`).toContain(result.ogLocale);
    if (url !== '/404.html') expect(result.ogUrl, `${url} og:url`).toBe(`${site}${url}`);

    const image = result.ogImage?.[0];
    expect(image?.url, `${url} og:image`).toMatch(new RegExp(`^${site}/og/.+\\.png$`));
    const file = `${distDir}${new URL(image!.url).pathname.slice(1)}`;
    if (!checked.has(file)) {
      expect(imageSize(readFileSync(file)), file).toMatchObject({ width: 1200, height: 630, type: 'png' });
      checked.add(file);
    }
  }
  // One image per page and language, not one shared image.
  expect(checked.size).toBe(pages.length + 1);
});

test('every page names its other languages: hreflang alternates with x-default and og:locale:alternate', () => {
  const translated = pages.filter((url) => languages.some((l) => url.startsWith(`/${l.code}/`)));
  expect(translated.length).toBeGreaterThan(100);
  for (const url of translated) {
    const html = builtHtml(url);
    const own = languages.find((l) => url.startsWith(`/${l.code}/`))!;
    const path = url.slice(own.code.length + 1);
    for (const language of languages) {
      expect(html, url).toContain(`<link rel="alternate" hreflang="${language.tag}" href="${site}/${language.code}${path}"`);
      if (language !== own) expect(html, url).toContain(`<meta property="og:locale:alternate" content="${language.ogLocale}"`);
    }
    expect(html, url).toContain(`<link rel="alternate" hreflang="x-default" href="${site}/${sourceLanguage.code}${path}"`);
  }
});

test('preview images are filled cards: text reaches into the lower half', async () => {
  const sharp = (await import('sharp')).default;
  const keys = ['index', 'de', 'en', 'de/articles/what-is-deepseek', 'en/glossary/h800', 'de/topics/markets', 'en/404'];
  const sparse: string[] = [];
  for (const key of keys) {
    const { data, info } = await sharp(`${distDir}og/${key}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    // Light pixels (the text) between the middle of the card and its footer band.
    let text = 0;
    for (let y = 315; y < 540; y++) {
      for (let x = 100; x < 1100; x++) {
        const i = (y * info.width + x) * info.channels;
        if (data[i]! > 190 && data[i + 1]! > 190 && data[i + 2]! > 190) text++;
      }
    }
    if (text < 300) sparse.push(`${key}: ${text} text pixels in the lower half`);
  }
  expect(sparse).toEqual([]);
});

test('preview images keep their text clear of the footer band, in every language', async () => {
  const sharp = (await import('sharp')).default;
  const images = readdirSync(`${distDir}og`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png'));
  expect(images.length).toBeGreaterThan(200);
  const overflowing: string[] = [];
  for (const file of images) {
    const { data, info } = await sharp(`${distDir}og/${file}`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    // From just above the yellow line to the bottom: dark but for the logo on the right. A light pixel left of it is text.
    let light = 0;
    for (let y = 545; y < 625; y++) {
      for (let x = 30; x < 1000; x++) {
        const i = (y * info.width + x) * info.channels;
        if (data[i]! > 190 && data[i + 1]! > 190 && data[i + 2]! > 190) light++;
      }
    }
    if (light > 0) overflowing.push(`${file}: ${light} text pixels in the footer band`);
  }
  expect(overflowing).toEqual([]);
});
