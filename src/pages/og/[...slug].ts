import { createRequire } from 'node:module';
import { OGImageRoute } from 'astro-og-canvas';
import de from '~/content/i18n/de.json';
import en from '~/content/i18n/en.json';
import { sitePages } from '~/lib/site-pages';

/**
 * A 1200×630 link-preview image per page and language (title, page type, site name), rendered
 * at build time with fonts from node_modules: no network needed.
 */
const pages = Object.fromEntries((await sitePages()).map((page) => [page.key, page]));
const strings = { de, en };
// Resolved like modules, so the build finds the fonts from any working directory.
const font = (file: string) => createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans/${file}`);

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getImageOptions: (_key, page) => ({
    title: page.title,
    description: `${strings[page.lang][`pageType.${page.type}`]} · ${strings[page.lang]['site.title']}`,
    bgGradient: [[23, 37, 84], [30, 64, 175]],
    border: { color: [250, 204, 21], width: 16, side: 'inline-start' },
    padding: 80,
    fonts: [font('400Regular/NotoSans_400Regular.ttf'), font('700Bold/NotoSans_700Bold.ttf')],
    font: {
      title: { families: ['Noto Sans'], weight: 'Bold', size: 72, lineHeight: 1.15 },
      description: { families: ['Noto Sans'], size: 40, color: [226, 232, 240] },
    },
  }),
});
