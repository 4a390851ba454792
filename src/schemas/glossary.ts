import { z } from 'astro/zod';
import { translationStampSchema } from './frontmatter';

export const glossaryCategories = [
  'hardware',
  'models',
  'concepts',
  'economy',
  'policy',
  'organisations',
  'places-events',
] as const;

const termId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the id of a file in src/content/glossary, e.g. "h800"');

/** Text in both languages: a term missing one language fails here, naming the field. */
const bilingual = <T extends z.ZodType>(schema: T) => z.object({ de: schema, en: schema });
const text = (what: string, max?: number) => {
  const base = z.string().trim().min(1, `${what} must not be empty`);
  return max ? base.max(max, `${what}: at most ${max} characters (it is shown in previews)`) : base;
};

export const glossaryTermSchema = z.object({
  category: z.enum(glossaryCategories),
  label: bilingual(text('label')),
  /** Other spellings and inflected forms used in the texts; they find and link mentions. */
  aliases: bilingual(z.array(text('alias'))).default({ de: [], en: [] }),
  definition: bilingual(text('definition', 280)),
  explanation: bilingual(text('explanation')),
  related: z.array(termId).default([]),
  references: z.array(z.string().min(1)).default([]),
  /** Stamp of the German fields the English fields translate (see `npm run i18n:stamp`). */
  translation: translationStampSchema.optional(),
});

export type GlossaryTermData = z.infer<typeof glossaryTermSchema>;
