import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dossierFrontmatter } from './schemas/frontmatter';
import { uiStringsSchema } from './schemas/ui-strings';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: dossierFrontmatter }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
};
