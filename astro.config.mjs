// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { contentIntegrity } from './src/integrations/content-integrity';
import { glossaryLinks } from './src/integrations/glossary-links';
import { loadGlossary } from './src/lib/glossary/load';
import de from './src/content/i18n/de.json' with { type: 'json' };
import en from './src/content/i18n/en.json' with { type: 'json' };

const base = '/';
const glossary = loadGlossary(fileURLToPath(new URL('./src/content/glossary/', import.meta.url)));

/** A sidebar label in German with its English translation, both from the UI string files. */
const label = (/** @type {keyof typeof de} */ key) => ({ label: de[key], translations: { en: en[key] } });

export default defineConfig({
  // Where the site is deployed; every absolute URL (canonical, sitemap) follows it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  markdown: {
    // `## Heading {#key}` gives each section a stable id shared by both languages.
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [glossaryLinks({ terms: glossary, base, sections: ['articles'] })],
    }),
  },
  vite: {
    // MDX pages trigger a harmless Rolldown warning about Astro's own "use astro:head-inject" directive.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
  integrations: [
    contentIntegrity(),
    starlight({
      title: de['site.title'],
      defaultLocale: 'de',
      locales: {
        de: { label: 'Deutsch', lang: 'de' },
        en: { label: 'English', lang: 'en' },
      },
      disable404Route: true,
      sidebar: [
        { ...label('sidebar.articles'), items: [{ autogenerate: { directory: 'articles' } }] },
        { ...label('sidebar.glossary'), link: '/glossary/' },
        { ...label('sidebar.translationStatus'), link: '/translation-status/' },
      ],
      customCss: ['./src/styles/glossary-preview.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
    }),
  ],
});
