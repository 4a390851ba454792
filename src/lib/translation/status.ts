import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter';
import { languageOf, sourceLanguage, translationLanguages } from '../languages';
import { pageSourceHash, sourceHash } from './hash';

export type TranslationState = 'current' | 'outdated' | 'missing';
export type TranslatedKind = 'page' | 'term' | 'ui-string';

export interface TranslationStatus {
  kind: TranslatedKind;
  /** Code of the translation's language ("en"). */
  lang: string;
  /** Page slug ("articles/x"), term id or UI string key. */
  id: string;
  /** German source file, relative to the project root. */
  source: string;
  /** File holding the translation and its stamp, relative to the project root. */
  translation: string;
  state: TranslationState;
  currentHash: string;
  stampedHash: string | undefined;
}

export interface ContentPaths {
  root: string;
  docs: string;
  glossary: string;
  i18n: string;
  /** Stamps of the UI strings, one file per language (`<tag>.json`): { key: hash of the German value }. */
  uiStringStamps: string;
}

export const contentPaths = (root: string): ContentPaths => ({
  root,
  docs: join(root, 'src/content/docs'),
  glossary: join(root, 'src/content/glossary'),
  i18n: join(root, 'src/content/i18n'),
  uiStringStamps: join(root, 'src/content/i18n-stamps'),
});

const readJson = (path: string): Record<string, string> => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {});

function listPages(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listPages(join(dir, entry.name), base)
      : /\.mdx?$/.test(entry.name)
        ? [relative(base, join(dir, entry.name))]
        : [],
  );
}

const stateOf = (exists: boolean, stamped: string | undefined, current: string): TranslationState =>
  !exists ? 'missing' : stamped === current ? 'current' : 'outdated';

/** The German fields of a glossary term: what its English fields translate. */
export const germanTermText = (term: Record<string, Record<string, unknown>>) =>
  JSON.stringify(['label', 'aliases', 'definition', 'explanation'].map((field) => term[field]?.[sourceLanguage.code] ?? null));

/** The UI-string file of a language, and the file of its stamps. */
export const uiStringFile = (paths: ContentPaths, lang: string) => join(paths.i18n, `${languageOf(lang).tag}.json`);
export const uiStringStampFile = (paths: ContentPaths, lang: string) => join(paths.uiStringStamps, `${languageOf(lang).tag}.json`);

/** The translation state of one page in one language, given its path below the language folder ("articles/x.mdx"). */
export function pageStatusOf(paths: ContentPaths, file: string, lang: string): TranslationStatus {
  const source = join(paths.docs, sourceLanguage.code, file);
  const translation = join(paths.docs, lang, file);
  const exists = existsSync(translation);
  const stamp = exists ? (splitFrontmatter(readFileSync(translation, 'utf8')).data.translation as { sourceHash?: string } | undefined) : undefined;
  const currentHash = pageSourceHash(readFileSync(source, 'utf8'));
  return {
    kind: 'page',
    lang,
    id: file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1').replace(/\/$/, '') || 'index',
    source: relative(paths.root, source),
    translation: relative(paths.root, translation),
    state: stateOf(exists, stamp?.sourceHash, currentHash),
    currentHash,
    stampedHash: stamp?.sourceHash,
  };
}

export const pageStatus = (paths: ContentPaths): TranslationStatus[] =>
  translationLanguages.flatMap(({ code }) => listPages(join(paths.docs, sourceLanguage.code)).map((file) => pageStatusOf(paths, file, code)));

export function termStatus(paths: ContentPaths): TranslationStatus[] {
  if (!existsSync(paths.glossary)) return [];
  const files = readdirSync(paths.glossary)
    .filter((file) => file.endsWith('.yaml'))
    .sort();
  return translationLanguages.flatMap(({ code: lang }) =>
    files.map((file): TranslationStatus => {
      const path = join(paths.glossary, file);
      const term = (parse(readFileSync(path, 'utf8')) ?? {}) as Record<string, Record<string, unknown>>;
      const translated = ['label', 'definition', 'explanation'].every((f) => String(term[f]?.[lang] ?? '').trim() !== '');
      const currentHash = sourceHash(germanTermText(term));
      const stampedHash = (term.translation?.[lang] as { sourceHash?: string } | undefined)?.sourceHash;
      return {
        kind: 'term',
        lang,
        id: file.replace(/\.yaml$/, ''),
        source: relative(paths.root, path),
        translation: relative(paths.root, path),
        state: stateOf(translated, stampedHash, currentHash),
        currentHash,
        stampedHash,
      };
    }),
  );
}

export function uiStringStatus(paths: ContentPaths): TranslationStatus[] {
  const sourceFile = uiStringFile(paths, sourceLanguage.code);
  const german = readJson(sourceFile);
  return translationLanguages.flatMap(({ code: lang }) => {
    const translated = readJson(uiStringFile(paths, lang));
    const stamps = readJson(uiStringStampFile(paths, lang));
    return Object.entries(german).map(([key, value]): TranslationStatus => {
      const currentHash = sourceHash(value);
      return {
        kind: 'ui-string',
        lang,
        id: key,
        source: relative(paths.root, sourceFile),
        translation: relative(paths.root, uiStringFile(paths, lang)),
        state: stateOf(key in translated && translated[key]!.trim() !== '', stamps[key], currentHash),
        currentHash,
        stampedHash: stamps[key],
      };
    });
  });
}

/** The translation state of everything translatable: pages, glossary terms, UI strings. */
export const translationStatus = (paths: ContentPaths): TranslationStatus[] => [
  ...pageStatus(paths),
  ...termStatus(paths),
  ...uiStringStatus(paths),
];
