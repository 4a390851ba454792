import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter';
import { SOURCE_LANG, TRANSLATION_LANG } from '../content/integrity';
import { pageSourceHash, sourceHash } from './hash';

export type TranslationState = 'current' | 'outdated' | 'missing';
export type TranslatedKind = 'page' | 'term' | 'ui-string';

export interface TranslationStatus {
  kind: TranslatedKind;
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
  /** Stamps of the UI strings: { key: hash of the German value }. */
  uiStringStamps: string;
}

export const contentPaths = (root: string): ContentPaths => ({
  root,
  docs: join(root, 'src/content/docs'),
  glossary: join(root, 'src/content/glossary'),
  i18n: join(root, 'src/content/i18n'),
  uiStringStamps: join(root, 'src/content/i18n-stamps/en.json'),
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
  JSON.stringify(['label', 'aliases', 'definition', 'explanation'].map((field) => term[field]?.[SOURCE_LANG] ?? null));

/** The translation state of one page, given its path below the language folder ("articles/x.mdx"). */
export function pageStatusOf(paths: ContentPaths, file: string): TranslationStatus {
  const source = join(paths.docs, SOURCE_LANG, file);
  const translation = join(paths.docs, TRANSLATION_LANG, file);
  const exists = existsSync(translation);
  const stamp = exists ? (splitFrontmatter(readFileSync(translation, 'utf8')).data.translation as { sourceHash?: string } | undefined) : undefined;
  const currentHash = pageSourceHash(readFileSync(source, 'utf8'));
  return {
    kind: 'page',
    id: file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1').replace(/\/$/, '') || 'index',
    source: relative(paths.root, source),
    translation: relative(paths.root, translation),
    state: stateOf(exists, stamp?.sourceHash, currentHash),
    currentHash,
    stampedHash: stamp?.sourceHash,
  };
}

export const pageStatus = (paths: ContentPaths): TranslationStatus[] =>
  listPages(join(paths.docs, SOURCE_LANG)).map((file) => pageStatusOf(paths, file));

export function termStatus(paths: ContentPaths): TranslationStatus[] {
  if (!existsSync(paths.glossary)) return [];
  return readdirSync(paths.glossary)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const path = join(paths.glossary, file);
      const term = (parse(readFileSync(path, 'utf8')) ?? {}) as Record<string, Record<string, unknown>>;
      const hasEnglish = ['label', 'definition', 'explanation'].every((f) => String(term[f]?.[TRANSLATION_LANG] ?? '').trim() !== '');
      const currentHash = sourceHash(germanTermText(term));
      const stampedHash = term.translation?.sourceHash as string | undefined;
      return {
        kind: 'term',
        id: file.replace(/\.yaml$/, ''),
        source: relative(paths.root, path),
        translation: relative(paths.root, path),
        state: stateOf(hasEnglish, stampedHash, currentHash),
        currentHash,
        stampedHash,
      };
    });
}

export function uiStringStatus(paths: ContentPaths): TranslationStatus[] {
  const german = readJson(join(paths.i18n, `${SOURCE_LANG}.json`));
  const english = readJson(join(paths.i18n, `${TRANSLATION_LANG}.json`));
  const stamps = readJson(paths.uiStringStamps);
  return Object.entries(german).map(([key, value]) => {
    const currentHash = sourceHash(value);
    return {
      kind: 'ui-string',
      id: key,
      source: relative(paths.root, join(paths.i18n, `${SOURCE_LANG}.json`)),
      translation: relative(paths.root, join(paths.i18n, `${TRANSLATION_LANG}.json`)),
      state: stateOf(key in english && english[key]!.trim() !== '', stamps[key], currentHash),
      currentHash,
      stampedHash: stamps[key],
    };
  });
}

/** The translation state of everything translatable: pages, glossary terms, UI strings. */
export const translationStatus = (paths: ContentPaths): TranslationStatus[] => [
  ...pageStatus(paths),
  ...termStatus(paths),
  ...uiStringStatus(paths),
];
