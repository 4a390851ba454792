import { z } from 'astro/zod';
import { languageCodes, translationLanguages } from '../lib/languages';
import { pageDate, translationStampSchema } from './frontmatter';

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

/** A value in every language of src/languages.json: a term missing one fails here, naming the field. */
const perLanguage = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(languageCodes.map((code) => [code, schema])) as Record<string, T>);
const text = (what: string, max?: number) => {
  const base = z.string().trim().min(1, `${what} must not be empty`);
  return max ? base.max(max, `${what}: at most ${max} characters (it is shown in previews)`) : base;
};

/** "2024", "2024-12" or "2024-12-27": as precisely as the work gives its publication date. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const isCalendarDate = (date: string) => {
  const [, year, month, day] = ISO_DATE.exec(date)!;
  const parsed = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  return parsed.getUTCMonth() === Number(month ?? 1) - 1 && parsed.getUTCDate() === Number(day ?? 1);
};
const referenceDate = z.preprocess(
  // YAML reads an unquoted 2024 as a number and (depending on the parser) an unquoted
  // 2024-12-27 as a date: accept both as the text they were meant to be.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z
    .string({ error: 'every reference needs a `date`: the year, month or day it was published, e.g. "2024", "2024-12" or "2024-12-27"' })
    .regex(ISO_DATE, 'reference `date`: write the year, year-month or full ISO date of publication, e.g. "2024", "2024-12" or "2024-12-27"')
    .refine((date) => !ISO_DATE.test(date) || isCalendarDate(date), 'reference `date` names a month or day that does not exist, e.g. "2024-02-30"; check it against the work'),
);

/**
 * A work for further reading, shown on the term page in both languages: who published it,
 * its original (untranslated) title, when, and where to read it if it is online.
 */
const referenceSchema = z.strictObject(
  {
    title: z
      .string({ error: 'every reference needs a `title`: the work’s original title, not translated' })
      .trim()
      .min(1, 'reference `title` must not be empty'),
    publisher: z
      .string({ error: 'every reference needs a `publisher`: the author(s) or the organisation that published it, e.g. "DeepSeek-AI"' })
      .trim()
      .min(1, 'reference `publisher` must not be empty'),
    date: referenceDate,
    url: z
      .url({
        protocol: /^https?$/,
        error: 'reference `url` must be a full web address such as "https://arxiv.org/abs/2412.19437"; leave it out when the work has none',
      })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `a reference has only \`title\`, \`publisher\`, \`date\` and \`url\`; remove or rename ${issue.keys.map((key) => `\`${key}\``).join(', ')}`
        : 'write each reference as { title, publisher, date, url }, e.g. { title: "DeepSeek-V3 Technical Report", publisher: "DeepSeek-AI", date: "2024-12-27", url: "https://arxiv.org/abs/2412.19437" }',
  },
);

export type GlossaryReference = z.infer<typeof referenceSchema>;

export const glossaryTermSchema = z.object({
  category: z.enum(glossaryCategories),
  label: perLanguage(text('label')),
  /** Other spellings and inflected forms used in the texts; they find and link mentions. */
  aliases: perLanguage(z.array(text('alias')).default([])).default(Object.fromEntries(languageCodes.map((code) => [code, []]))),
  definition: perLanguage(text('definition', 280)),
  explanation: perLanguage(text('explanation')),
  related: z.array(termId).default([]),
  /** Further reading, the same in both languages. */
  references: z.array(referenceSchema).default([]),
  /** Per translation: stamp of the German fields its fields translate (see `npm run i18n:stamp`). */
  translation: z
    .object(Object.fromEntries(translationLanguages.map(({ code }) => [code, translationStampSchema.optional()])) as Record<string, z.ZodOptional<typeof translationStampSchema>>)
    .optional(),
  /** The day the term was first published, and the day of its last change (`npm run content:touch`). */
  published: pageDate('published', 'the day the term was first published'),
  updated: pageDate('updated', 'run `npm run content:touch -- <file>` after changing the term'),
});

export type GlossaryTermData = z.infer<typeof glossaryTermSchema>;
