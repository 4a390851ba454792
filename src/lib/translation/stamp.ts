import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { sourceLanguage, translationLanguages } from '../languages';
import { pageSourceHash, sourceHash } from './hash';
import { germanTermText, uiStringFile, uiStringStampFile, type ContentPaths } from './status';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;
const today = () => new Date().toISOString().slice(0, 10);

/** Sets `translation: { sourceHash, stampedAt }` (below `at`, if given) in a YAML text, keeping the rest as written. */
function withStamp(yaml: string, hash: string, at: string[] = []): string {
  const doc = parseDocument(yaml);
  doc.setIn(['translation', ...at, 'sourceHash'], hash);
  doc.setIn(['translation', ...at, 'stampedAt'], today());
  // No line folding or padding: the stamp should be the only change a reviewer sees.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export class StampError extends Error {}

/** Records that the page `docs/<lang>/<page>` translates the current German `docs/de/<page>`. */
function stampPage(paths: ContentPaths, page: string, lang: string): string {
  const german = join(paths.docs, sourceLanguage.code, page);
  const english = join(paths.docs, lang, page);
  const hash = pageSourceHash(readFileSync(german, 'utf8'));
  let text: string;
  try {
    text = readFileSync(english, 'utf8');
  } catch {
    throw new StampError(`${relative(paths.root, english)} does not exist: translate ${relative(paths.root, german)} first, then stamp it.`);
  }
  const match = FRONTMATTER.exec(text);
  if (!match) throw new StampError(`${relative(paths.root, english)} has no frontmatter (--- … ---) to record the stamp in.`);
  writeFileSync(english, `---\n${withStamp(match[1] ?? '', hash)}---\n${text.slice(match[0].length)}`);
  return english;
}

/** A term file holds every language: its stamp is per translation language. */
function stampTerm(file: string, lang: string): string {
  const text = readFileSync(file, 'utf8');
  const term = parseDocument(text).toJS() as Record<string, Record<string, unknown>>;
  writeFileSync(file, withStamp(text, sourceHash(germanTermText(term)), [lang]));
  return file;
}

function stampUiStrings(paths: ContentPaths, lang: string): string {
  const german = JSON.parse(readFileSync(uiStringFile(paths, sourceLanguage.code), 'utf8')) as Record<string, string>;
  const stamps = Object.fromEntries(Object.entries(german).map(([key, value]) => [key, sourceHash(value)]));
  const file = uiStringStampFile(paths, lang);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(stamps, null, 2)}\n`);
  return file;
}

const codes = translationLanguages.map((l) => l.code).join(', ');

/**
 * Stamps the translation that `file` is: a translated page, or a translation's UI-string file.
 * A glossary term file holds all languages, so it needs `lang`, the translation to stamp.
 * Returns the file that now holds the stamp.
 */
export function stamp(paths: ContentPaths, file: string, lang?: string): string {
  const path = isAbsolute(file) ? file : resolve(paths.root, file);
  for (const { code } of translationLanguages) {
    const page = relative(join(paths.docs, code), path);
    if (!page.startsWith('..') && /\.mdx?$/.test(page)) return stampPage(paths, page, code);
  }
  if (!relative(paths.glossary, path).startsWith('..') && path.endsWith('.yaml')) {
    if (!lang || !translationLanguages.some((l) => l.code === lang)) {
      throw new StampError(`${file} holds every language of the term: name the translation you checked, e.g. \`npm run i18n:stamp -- --lang=${translationLanguages[0]?.code} ${file}\` (one of ${codes}).`);
    }
    return stampTerm(path, lang);
  }
  const uiStrings = translationLanguages.find(({ code }) => uiStringFile(paths, code) === path);
  if (uiStrings) return stampUiStrings(paths, uiStrings.code);
  throw new StampError(
    `${file} is not a translation: give a page in src/content/docs/<${codes}>/, a term in src/content/glossary/ with --lang, or the UI strings src/content/i18n/<${translationLanguages.map((l) => l.tag).join(', ')}>.json.`,
  );
}
