import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { SOURCE_LANG, TRANSLATION_LANG } from '../content/integrity';
import { pageSourceHash, sourceHash } from './hash';
import { germanTermText, type ContentPaths } from './status';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;
const today = () => new Date().toISOString().slice(0, 10);

/** Sets `translation: { sourceHash, stampedAt }` in a YAML text, keeping the rest as written. */
function withStamp(yaml: string, hash: string): string {
  const doc = parseDocument(yaml);
  doc.setIn(['translation', 'sourceHash'], hash);
  doc.setIn(['translation', 'stampedAt'], today());
  // No line folding or padding: the stamp should be the only change a reviewer sees.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export class StampError extends Error {}

/** Records that the English page `docs/en/<page>` translates the current German `docs/de/<page>`. */
function stampPage(paths: ContentPaths, page: string): string {
  const german = join(paths.docs, SOURCE_LANG, page);
  const english = join(paths.docs, TRANSLATION_LANG, page);
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

function stampTerm(file: string): string {
  const text = readFileSync(file, 'utf8');
  const term = parseDocument(text).toJS() as Record<string, Record<string, unknown>>;
  writeFileSync(file, withStamp(text, sourceHash(germanTermText(term))));
  return file;
}

function stampUiStrings(paths: ContentPaths): string {
  const german = JSON.parse(readFileSync(join(paths.i18n, `${SOURCE_LANG}.json`), 'utf8')) as Record<string, string>;
  const stamps = Object.fromEntries(Object.entries(german).map(([key, value]) => [key, sourceHash(value)]));
  mkdirSync(dirname(paths.uiStringStamps), { recursive: true });
  writeFileSync(paths.uiStringStamps, `${JSON.stringify(stamps, null, 2)}\n`);
  return paths.uiStringStamps;
}

/**
 * Stamps the translation that `file` belongs to: a German or English page, a glossary term file,
 * or either UI string file. Returns the file that now holds the stamp.
 */
export function stamp(paths: ContentPaths, file: string): string {
  const path = isAbsolute(file) ? file : resolve(paths.root, file);
  for (const lang of [SOURCE_LANG, TRANSLATION_LANG]) {
    const page = relative(join(paths.docs, lang), path);
    if (!page.startsWith('..') && /\.mdx?$/.test(page)) return stampPage(paths, page);
  }
  if (!relative(paths.glossary, path).startsWith('..') && path.endsWith('.yaml')) return stampTerm(path);
  if (!relative(paths.i18n, path).startsWith('..') && path.endsWith('.json')) return stampUiStrings(paths);
  throw new StampError(
    `${file} is not a translatable file: give a page in src/content/docs/{de,en}/, a term in src/content/glossary/ or src/content/i18n/en.json.`,
  );
}
