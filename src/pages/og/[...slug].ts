import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OGImageRoute } from 'astro-og-canvas';
import sharp from 'sharp';
import backgroundSvg from '~/assets/og-background.svg?raw';
import { languages } from '~/lib/languages';
import { sitePages } from '~/lib/site-pages';
import { uiStringsOf } from '~/lib/ui-strings';
import { summary } from '~/lib/text';

/**
 * A 1200×630 link-preview image per page and language, rendered at build time with fonts from
 * node_modules (no network): title, page type and site, the page's description, on a card whose
 * footer band and pattern come from src/assets/og-background.svg.
 */
const pages = Object.fromEntries((await sitePages()).map((page) => [page.key, page]));
// Resolved like modules, so the build finds the fonts from any working directory.
const font = (file: string) => createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans/${file}`);

// astro-og-canvas draws raster backgrounds only: the SVG is rendered once per build.
const cacheDir = 'node_modules/.astro-og-canvas';
const background = `${cacheDir}/background.png`;
mkdirSync(cacheDir, { recursive: true });
writeFileSync(background, await sharp(Buffer.from(backgroundSvg)).png().toBuffer());

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getImageOptions: (_key, page) => {
    const t = uiStringsOf(page.lang);
    // The language chooser belongs to no one language: it names them all.
    const [title, description] =
      page.type === 'languageChooser'
        ? [t['site.title']!, languages.map((language) => uiStringsOf(language.code)['site.description']).join('\n\n')]
        : [page.title, `${t[`pageType.${page.type}`]} · ${t['site.title']}\n\n${summary(page.description, 170)}`];
    return {
      title,
      description,
      bgImage: { path: background },
      // The yellow edge is part of the background; the text keeps clear of it.
      padding: 72,
      fonts: [font('400Regular/NotoSans_400Regular.ttf'), font('700Bold/NotoSans_700Bold.ttf')],
      font: {
        title: { families: ['Noto Sans'], weight: 'Bold', size: 60, lineHeight: 1.15 },
        description: { families: ['Noto Sans'], size: 32, lineHeight: 1.35, color: [226, 232, 240] },
      },
    };
  },
});
