import { z } from 'astro/zod';

/** Topic ids shared by articles and (later) topic pages; labels live in the i18n files. */
export const topicIds = [
  'company',
  'talent',
  'models',
  'technology',
  'costs',
  'hardware',
  'markets',
  'geopolitics',
  'censorship',
  'open-source',
  'debate',
] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use a lowercase id such as "export-controls"');

/** Where an article comes from: the seed file and the headline it had there. */
export const sourceSchema = z
  .object({
    file: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'name the seed file in ../shared/seeds, e.g. "000_334a793630ebc473.txt"'),
    headline: z.string().min(1).optional(),
    titleByEditors: z.boolean().default(false),
  })
  .refine((source) => source.headline !== undefined || source.titleByEditors, {
    message: 'give the original `headline`, or set `titleByEditors: true` when the original has none',
  });

/**
 * Which version of the German source a translation renders: written by `npm run i18n:stamp`,
 * never by hand, so that a changed German text shows up as an outdated translation.
 */
export const translationStampSchema = z.object({
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/, 'run `npm run i18n:stamp -- <file>` instead of editing the stamp by hand'),
  // YAML reads an unquoted 2026-01-31 as a date, a quoted one as a string: accept both.
  stampedAt: z.coerce.date().optional(),
});

/**
 * A calendar day such as 2026-11-22. YAML reads it unquoted as a date; a quoted one is a string.
 * Citation tools date a page by it, so a wrong day is an error, not a guess.
 */
export const pageDate = (field: string, fix: string) =>
  z.coerce.date({ error: `\`${field}\` must be a day written as YYYY-MM-DD, e.g. ${field}: 2026-11-22; ${fix}` });

/** Fields this site adds to Starlight's frontmatter (deep-merged by `docsSchema`). */
export const dossierFrontmatter = z.object({
  description: z
    .string({ error: 'every page needs a `description` (search results and link previews show it)' })
    .min(1)
    .max(160, 'keep `description` to 160 characters: search results and link previews cut longer text'),
  source: sourceSchema.optional(),
  topics: z.array(z.enum(topicIds)).default([]),
  terms: z.array(slug).default([]),
  translation: translationStampSchema.optional(),
  /**
   * The day the page was first published here. Together with Starlight's `lastUpdated` (the day of
   * its last change) it dates the page for readers and citation tools. Both are required on every
   * page in src/content/docs (see content integrity); pages built from data pass their own.
   */
  published: pageDate('published', '`npm run new` sets it for a new page').optional(),
});
