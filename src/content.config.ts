import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dossierFrontmatter } from './schemas/frontmatter';
import { glossaryTermSchema } from './schemas/glossary';
import { uiStringsSchema } from './schemas/ui-strings';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: dossierFrontmatter }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/glossary' }),
    schema: glossaryTermSchema,
  }),
};
