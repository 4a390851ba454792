// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { articleCitations } from './src/integrations/article-citations';
import { baseLinks } from './src/integrations/base-links';
import { contentIntegrity } from './src/integrations/content-integrity';
import { externalLinks } from './src/integrations/external-links';
import { glossaryLinks } from './src/integrations/glossary-links';
import { hostRules } from './src/integrations/host-rules';
import { paragraphKeys } from './src/integrations/paragraph-keys';
import { redirectFragments } from './src/integrations/redirect-fragments';
import { builtHtml } from './src/integrations/built-html';
import { loadGlossary } from './src/lib/glossary/load';
import { searchRanking } from './src/lib/search/ranking';
import { searchEngine } from './src/integrations/search-engine';
import { securityHeaders } from './src/integrations/security-headers';
import { tableLabels } from './src/integrations/table-labels';
import { redirects } from './src/redirects';
import { readFileSync } from 'node:fs';
import { languages, sourceLanguage } from './src/lib/languages';

// Deploy below a sub-path with BASE_PATH=/dossier/; every link and absolute URL follows it.
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
// Astro puts the base before a redirect's source path but not before its destination.
const siteRedirects = Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, `${base}${to.slice(1)}`]));
// A deployment build must name its public address: canonical URLs, previews, the sitemap and
// every citation carry it. Local previews (`npm start`, `astro dev`) use localhost.
const building = process.argv.includes('build');
if (building && !process.env.SITE_URL) {
  throw new Error(
    'SITE_URL is not set. A build for deployment needs the public address of the site, e.g. ' +
      '`SITE_URL=https://dossier.example.org npm run build` (see README, "Deploying"). For a local preview use `npm start`.',
  );
}
if (process.env.OG_IMAGES === 'off' && !/^https?:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(process.env.SITE_URL ?? 'http://localhost')) {
  throw new Error(
    `OG_IMAGES=off is for local previews only, but SITE_URL is ${process.env.SITE_URL}: a deployed site needs its link-preview images. ` +
      'Unset OG_IMAGES for a deployment build, or use `OG_IMAGES=off npm start` for a quick local preview.',
  );
}
const glossary = loadGlossary(fileURLToPath(new URL('./src/content/glossary/', import.meta.url)));

// Every language comes from src/languages.json; Starlight's locales are keyed by URL segment.
const locales = Object.fromEntries(languages.map((l) => [l.code, { label: l.label, lang: l.tag, dir: l.dir }]));
const codes = languages.map((l) => l.code);
/** @type {Record<string, Record<string, string>>} */
const uiStrings = Object.fromEntries(
  languages.map((l) => [l.code, JSON.parse(readFileSync(new URL(`./src/content/i18n/${l.tag}.json`, import.meta.url), 'utf8'))]),
);

const security = securityHeaders();

/** A sidebar label in the source language with its translations, all from the UI string files. */
const label = (/** @type {string} */ key) => ({
  label: uiStrings[sourceLanguage.code][key],
  translations: Object.fromEntries(languages.slice(1).map((l) => [l.tag, uiStrings[l.code][key]])),
});

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  redirects: siteRedirects,
  markdown: {
    // `## Heading {#key}` gives each section a stable id shared by both languages.
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [
        articleCitations(),
        baseLinks(base),
        externalLinks(),
        glossaryLinks({ terms: glossary, base, sections: ['articles', 'topics'] }),
        paragraphKeys(),
      ],
      hastPlugins: [tableLabels()],
    }),
  },
  vite: {
    // MDX pages trigger a harmless Rolldown warning about Astro's own "use astro:head-inject" directive.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
    // Starlight's search creates Pagefind's UI at idle on every page; this creates it when the search opens.
    resolve: {
      alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/scripts/search/pagefind-ui-on-open.ts', import.meta.url)) }],
    },
  },
  integrations: [
    // Starlight's own sitemap, minus what is not content: the language chooser, 404 and status pages.
    sitemap({
      i18n: { defaultLocale: sourceLanguage.code, locales: Object.fromEntries(languages.map((l) => [l.code, l.tag])) },
      filter: (page) => !new URL(page).pathname.slice(base.length).match(/^$|(^|\/)(404|translation-status)\/$/),
    }),
    contentIntegrity(),
    redirectFragments(siteRedirects),
    // Must come before Starlight, whose build step writes the Pagefind index.
    builtHtml(),
    // Last of the HTML rewrites: it hashes the final inline scripts.
    security,
    hostRules({ redirects: siteRedirects, base, langs: codes, headers: security.headers }),
    starlight({
      title: uiStrings[sourceLanguage.code]['site.title'],
      defaultLocale: sourceLanguage.code,
      locales,
      disable404Route: true,
      pagefind: { ranking: searchRanking },
      routeMiddleware: './src/routeData.ts',
      // Broken links in Markdown fail the build. Glossary and status pages are built from data, not
      // Markdown; the home pages' hero links are relative on purpose, so they work under any BASE_PATH.
      plugins: [
        starlightLinksValidator({
          exclude: [`${base}{${codes.join(',')}}/glossary/**`, `${base}{${codes.join(',')}}/translation-status/`],
          errorOnRelativeLinks: false,
        }),
      ],
      sidebar: [
        { ...label('sidebar.articles'), items: [{ autogenerate: { directory: 'articles' } }] },
        { ...label('sidebar.topics'), items: [{ autogenerate: { directory: 'topics' } }] },
        {
          ...label('sidebar.overview'),
          items: [
            { ...label('sidebar.timeline'), link: '/timeline/' },
            { ...label('sidebar.keyFigures'), link: '/key-figures/' },
            { ...label('sidebar.people'), link: '/people/' },
            { ...label('sidebar.sources'), link: '/sources/' },
          ],
        },
        { ...label('sidebar.glossary'), link: '/glossary/' },
        { ...label('sidebar.translationStatus'), link: '/translation-status/' },
      ],
      customCss: ['./src/styles/glossary-preview.css', './src/styles/tables.css', './src/styles/header.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
    }),
    searchEngine(),
  ],
});
