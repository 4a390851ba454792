import { mkdirSync, writeFileSync } from 'node:fs';
import { OGImageRoute } from 'astro-og-canvas';
import sharp from 'sharp';
import backgroundSvg from '~/assets/og-background.svg?raw';
import { languages } from '~/lib/languages';
import { ogImagesEnabled } from '~/lib/og-images';
import { planOgFonts } from '~/lib/og-fonts';
import { type SitePage, sitePages } from '~/lib/site-pages';
import { uiStringsOf } from '~/lib/ui-strings';
import { summary } from '~/lib/text';

/**
 * A 1200×630 link-preview image per page and language, rendered at build time with fonts from
 * node_modules (no network): title, page type and site, the page's description, on a card whose
 * footer band and pattern come from src/assets/og-background.svg. Text Noto Sans lacks (Chinese)
 * is drawn with Noto Sans SC, cut down at build time to the characters these images use.
 */
// With OG_IMAGES=off (local previews) there are no pages to draw.
const pages = ogImagesEnabled ? Object.fromEntries((await sitePages()).map((page) => [page.key, page])) : {};

/** The exact title and description an image draws: fonts are chosen and cut from these same strings. */
function ogText(page: SitePage): { title: string; description: string } {
  const t = uiStringsOf(page.lang);
  // The language chooser belongs to no one language: it names them all.
  return page.type === 'languageChooser'
    ? { title: t['site.title']!, description: languages.map((language) => uiStringsOf(language.code)['site.description']).join('\n\n') }
    : { title: page.title, description: `${t[`pageType.${page.type}`]} · ${t['site.title']}\n\n${summary(page.description, 170)}` };
}

// astro-og-canvas draws raster backgrounds only: the SVG is rendered once per build.
const cacheDir = 'node_modules/.astro-og-canvas';
const background = `${cacheDir}/background.png`;
mkdirSync(cacheDir, { recursive: true });
writeFileSync(background, await sharp(Buffer.from(backgroundSvg)).png().toBuffer());

// Fonts and families per image; one Noto Sans SC subset per weight for the whole build (reused from
// node_modules/.astro-og-canvas/fonts while the text is unchanged). Fails the build, naming page and
// character, if a character is in no font of its image's list: CanvasKit would draw it as nothing.
const ogFonts = await planOgFonts(
  Object.values(pages).map((page) => {
    const { title, description } = ogText(page);
    return { key: page.key, text: `${title}\n${description}` };
  }),
  cacheDir,
);

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getImageOptions: (key, page: SitePage) => {
    const { fonts, families } = ogFonts.get(key)!;
    return {
      ...ogText(page),
      bgImage: { path: background },
      // The yellow edge is part of the background; the text keeps clear of it.
      padding: 72,
      fonts,
      font: {
        title: { families, weight: 'Bold', size: 60, lineHeight: 1.15 },
        // The chooser names every language's description: smaller, so that all stay above the footer band.
        description: { families, size: page.type === 'languageChooser' ? 26 : 32, lineHeight: 1.35, color: [226, 232, 240] },
      },
    };
  },
});
