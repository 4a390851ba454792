import { z } from 'astro/zod';
import config from '../languages.json' with { type: 'json' };

const language = z.object({
  /** URL segment and content folder: `/zh-cn/`, `src/content/docs/zh-cn/`. Lower case, as Starlight's locale keys. */
  code: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/, 'a lower-case URL segment such as "de" or "zh-cn"'),
  /** BCP 47 tag: `<html lang>`, hreflang, Intl formatting, the UI-string file `src/content/i18n/<tag>.json`. */
  tag: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 tag such as "de" or "zh-CN"'),
  /** The language's name in English, for messages to editors: "has no English translation". */
  name: z.string().min(1),
  /** The language's own name, for the language picker and the chooser at `/`. */
  label: z.string().min(1),
  dir: z.enum(['ltr', 'rtl']),
  /** German is the source; every other language translates it. */
  role: z.enum(['source', 'translation']),
  /** Open Graph locale: language and territory, `de_DE`. */
  ogLocale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'language_TERRITORY, such as "de_DE"'),
  /** Pagefind's language: one search index per language. */
  pagefind: z.string().min(2),
  /** Opening and closing quotation marks, for titles in text citations. */
  quotes: z.tuple([z.string().min(1), z.string().min(1)]),
  citation: z.object({
    /** `|language=` of {{cite web}}. */
    language: z.string().min(2),
    /** biblatex `langid`. */
    biblatex: z.string().min(2),
    /** The code of the language whose title a citation of this language's pages adds as `|trans-title=`. */
    transTitle: z.string().optional(),
  }),
  /** How figures are written, for the figure checker: separators and scale words with their values. */
  numbers: z.object({
    decimal: z.string().length(1),
    group: z.string().length(1),
    scales: z.record(z.string().min(1), z.number().positive()),
  }),
  /** Endings a glossary term may carry in running text ("Exportkontrolle" → "Exportkontrollen"). */
  inflections: z.array(z.string()),
  /** Word endings ignored when quotations are compared across pages (a crude stem). */
  stemEndings: z.array(z.string()),
  /** Whether long compound words are split for search (German "Exportkontrollen" → "Kontrollen"). */
  compounds: z.boolean(),
  /**
   * The stop words the search leaves out of questions ("wie viel hat …"): a list of a maintained
   * package, `stopword` (ISO 639-3 names: "deu"), `stopwords-iso` (ISO 639-1: "zh") or
   * `@stdlib/datasets-stopwords-en` ("en").
   */
  stopwords: z.object({ package: z.enum(['stopword', 'stopwords-iso', '@stdlib/datasets-stopwords-en']), list: z.string().min(2) }),
});

export type Language = z.infer<typeof language>;

const schema = z
  .object({
    $comment: z.string().optional(),
    /** Where the chooser at `/` sends a browser that prefers none of the site's languages. */
    fallback: z.string(),
    languages: z.array(language).min(1),
  })
  .refine((c) => c.languages.filter((l) => l.role === 'source').length === 1, 'exactly one language has "role": "source"')
  .refine((c) => new Set(c.languages.map((l) => l.code)).size === c.languages.length, 'every language has its own "code"')
  .refine((c) => c.languages.some((l) => l.code === c.fallback), '"fallback" must be the code of one of the languages')
  .refine(
    (c) => c.languages.every((l) => !l.citation.transTitle || c.languages.some((other) => other.code === l.citation.transTitle)),
    '"citation.transTitle" must be the code of one of the languages',
  );

const parsed = schema.safeParse(config);
if (!parsed.success) {
  throw new Error(
    `src/languages.json is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n')}\n` +
      '  fix: see the field descriptions in src/lib/languages.ts',
  );
}

/** Every language of the site, the source first. */
export const languages: readonly Language[] = [...parsed.data.languages].sort((a, b) => Number(b.role === 'source') - Number(a.role === 'source'));
export const sourceLanguage: Language = languages[0]!;
export const translationLanguages: readonly Language[] = languages.slice(1);
export const languageCodes: readonly string[] = languages.map((l) => l.code);
export const fallbackLanguage: Language = languages.find((l) => l.code === parsed.data.fallback)!;
export const isSource = (code: string) => code === sourceLanguage.code;

/** The language of a code (URL segment) or BCP 47 tag (Starlight's `lang`); throws on an unknown one, naming the known codes. */
export function languageOf(code: string): Language {
  const found = languages.find((l) => l.code === code || l.tag === code);
  if (!found) throw new Error(`Unknown language "${code}": src/languages.json defines ${languageCodes.join(', ')}`);
  return found;
}
