import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { missingFigures } from './figures';
import { proseOf, splitFrontmatter, type SplitDocument } from './frontmatter';
import { checkLinks, docsTarget, type LinkTarget, type LinkingPage } from './links';
import { bodyParagraphKeys, LEAD } from './paragraphs';
import { extractSections } from './sections';
import { checkTermReferences } from '../glossary/integrity';
import { languages, sourceLanguage, type Language } from '../languages';
import { pageSourceHash } from '../translation/hash';
import type { GlossaryTerm } from '../glossary/load';

/** One thing wrong with the content, told so that an author can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

const PAGE = /\.mdx?$/;

function listPages(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listPages(path, base);
    return PAGE.test(entry.name) ? [relative(base, path)] : [];
  });
}

const withoutExtension = (path: string) => path.replace(PAGE, '');

/**
 * Checks what a schema cannot see: that every page exists in both languages, that the two
 * have the same section keys, that articles name their source, that every German figure
 * reappears in the translation, and that every page has its dates.
 */
export function checkContent(
  docsDir: string,
  projectRoot = docsDir,
  glossary?: { terms: GlossaryTerm[]; dir: string },
  /** The site's languages (src/languages.json); tests may check fewer. */
  langs: readonly Language[] = languages,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const show = (path: string) => relative(projectRoot, path);
  const pages = Object.fromEntries(
    langs.map((language) => [language.code, new Map(listPages(join(docsDir, language.code)).map((p) => [withoutExtension(p), p]))]),
  ) as Record<string, Map<string, string>>;
  const source = sourceLanguage.code;

  /** Pages of one language that another lacks. */
  const unmatched = (from: string, to: string, message: string): ContentProblem[] =>
    [...pages[from]!]
      .filter(([slug]) => !pages[to]!.has(slug))
      .map(([, file]) => ({
        file: show(join(docsDir, from, file)),
        field: '(file)',
        message,
        fix: `create ${show(join(docsDir, to, file))} with the same slug, or remove this page`,
      }));

  for (const language of langs.filter((l) => l.role === 'translation')) {
    const lang = language.code;
    problems.push(...unmatched(source, lang, `has no ${language.name} translation`), ...unmatched(lang, source, `has no ${sourceLanguage.name} original`));

    for (const [slug, sourceFile] of pages[source]!) {
      const translationFile = pages[lang]!.get(slug);
      if (!translationFile) continue;
      problems.push(...checkTranslation(slug, language, { source: join(docsDir, source, sourceFile), translation: join(docsDir, lang, translationFile) }, show, glossary));
    }
  }

  for (const { code: lang } of langs) {
    for (const file of pages[lang]!.values()) {
      const path = join(docsDir, lang, file);
      const { data } = splitFrontmatter(readFileSync(path, 'utf8'));
      problems.push(...checkDates(show(path), data));
      // A translation's terms are checked with the translation, after its structure.
      if (lang === source && glossary) problems.push(...checkTermReferences(show(path), data.terms, glossary.terms, glossary.dir));
    }
  }

  const linking: LinkingPage[] = [];
  const targets: LinkTarget[] = [];
  for (const { code: lang } of langs) {
    for (const [slug, file] of pages[lang]!) {
      const body = splitFrontmatter(readFileSync(join(docsDir, lang, file), 'utf8')).body;
      linking.push({ file: show(join(docsDir, lang, file)), lang, body });
      targets.push(docsTarget(`${lang}/${slug}`, body));
    }
    // Pages built from data rather than Markdown; their anchors are not checked here.
    targets.push({ path: `/${lang}/translation-status/`, fragments: undefined });
    if (glossary) {
      targets.push({ path: `/${lang}/glossary/`, fragments: undefined });
      for (const term of glossary.terms) targets.push({ path: `/${lang}/glossary/${term.id}/`, fragments: undefined });
    }
  }
  problems.push(...checkLinks(linking, targets));
  return problems;
}

type Pair<T> = { source: T; translation: T };

/** A translated page against its German original: sections, source, glossary terms, figures and paragraphs. */
function checkTranslation(
  slug: string,
  language: Language,
  paths: Pair<string>,
  show: (path: string) => string,
  glossary: { terms: GlossaryTerm[]; dir: string } | undefined,
): ContentProblem[] {
  const sourceText = readFileSync(paths.source, 'utf8');
  const docs = { source: splitFrontmatter(sourceText), translation: splitFrontmatter(readFileSync(paths.translation, 'utf8')) };
  const files = { source: show(paths.source), translation: show(paths.translation) };
  return [
    ...checkSections(docs, files),
    ...checkArticleSource(slug, docs, files),
    // An outdated translation may lag behind a changed German text; it is published with a notice instead.
    ...(slug.startsWith('articles/') && isCurrent(docs.translation, sourceText) ? checkParagraphs(docs, files.translation) : []),
    ...(glossary ? checkTermReferences(files.translation, docs.translation.data.terms, glossary.terms, glossary.dir) : []),
    ...missingFigures(proseOf(docs.source.body), sourceLanguage.numbers, proseOf(docs.translation.body), language.numbers).map((figure) => ({
      file: files.translation,
      field: '(body)',
      message: `lacks the figure “${figure.raw}” of ${files.source}`,
      fix: `translate the figure with its value kept, in ${language.name} notation (Milliarde = 10⁹, Billion = 10¹², 5,6 = 5.6, 10.000 = 10,000)`,
    })),
  ];
}

/** A day as YAML gives it: a Date, or text in the form YYYY-MM-DD that names a real day. */
function dayOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00Z`);
  return day.toISOString().slice(0, 10) === value ? day : undefined;
}

/** Every page is dated: readers see its last change, and citation tools date it from both days. */
function checkDates(file: string, data: Record<string, unknown>): ContentProblem[] {
  const published = dayOf(data.published);
  const lastUpdated = dayOf(data.lastUpdated);
  const problems: ContentProblem[] = [];
  if (!published) {
    problems.push({
      file,
      field: 'published',
      message: 'has no valid first-published day',
      fix: 'add `published: YYYY-MM-DD`, the day the page first went online',
    });
  }
  if (!lastUpdated) {
    problems.push({
      file,
      field: 'lastUpdated',
      message: 'has no valid day of its last change',
      fix: `run \`npm run content:touch -- ${file}\` (or add \`lastUpdated: YYYY-MM-DD\`)`,
    });
  }
  if (published && lastUpdated && lastUpdated < published) {
    problems.push({
      file,
      field: 'lastUpdated',
      message: 'lies before `published`',
      fix: 'set `lastUpdated` to the day of the last change, on or after `published`',
    });
  }
  return problems;
}

function checkSections(docs: Pair<SplitDocument>, files: Pair<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sections = { source: extractSections(docs.source.body), translation: extractSections(docs.translation.body) };
  for (const side of ['source', 'translation'] as const) {
    for (const section of sections[side].filter((s) => !s.key)) {
      problems.push({
        file: `${files[side]}:${section.line + docs[side].bodyOffset}`,
        field: 'heading id',
        message: `heading “${section.text}” has no section key`,
        fix: 'end the heading with a stable key shared by both languages, e.g. `## Heading {#section-key}`',
      });
    }
  }
  const keys = (side: keyof typeof sections) => sections[side].map((s) => s.key ?? '?').join(', ');
  if (keys('source') !== keys('translation')) {
    problems.push({
      file: files.translation,
      field: 'heading ids',
      message: `section keys [${keys('translation')}] differ from the German [${keys('source')}]`,
      fix: 'give the translation the same headings in the same order with the same `{#key}`s',
    });
  }
  return problems;
}

const isCurrent = (translation: SplitDocument, sourceText: string) =>
  (translation.data.translation as { sourceHash?: unknown } | undefined)?.sourceHash === pageSourceHash(sourceText);

/**
 * A quote selected in a translation is matched to its German original by paragraph key, so every
 * section of an article must have as many paragraphs in the translation as in the German.
 */
function checkParagraphs(docs: Pair<SplitDocument>, translationFile: string): ContentProblem[] {
  const perSection = (body: string) =>
    bodyParagraphKeys(body).reduce((sections, { section, key }) => sections.set(section, [...(sections.get(section) ?? []), key]), new Map<string, string[]>());
  const source = perSection(docs.source.body);
  const translation = perSection(docs.translation.body);
  const sectionName = (section: string) => (section === LEAD ? 'the lead (before the first heading)' : `section #${section}`);
  return [...new Set([...source.keys(), ...translation.keys()])].flatMap((section): ContentProblem[] => {
    const german = source.get(section) ?? [];
    const translated = translation.get(section) ?? [];
    if (german.length === translated.length) return [];
    const missing = german.length > translated.length;
    const key = missing ? german[translated.length] : translated[german.length];
    return [
      {
        file: translationFile,
        field: '(body)',
        message: `${sectionName(section)} has ${translated.length} paragraphs, the German ${german.length}: paragraph ${key} is ${missing ? 'missing' : 'not in the German'}`,
        fix: 'translate paragraph by paragraph: one paragraph, quote or list for each of the German, in the same order (editor’s notes do not count)',
      },
    ];
  });
}

function checkArticleSource(slug: string, docs: Pair<SplitDocument>, files: Pair<string>): ContentProblem[] {
  if (!slug.startsWith('articles/')) return [];
  const problems: ContentProblem[] = [];
  for (const side of ['source', 'translation'] as const) {
    for (const field of ['source', 'topics', 'terms']) {
      if (docs[side].data[field] === undefined) {
        problems.push({
          file: files[side],
          field,
          message: `article has no \`${field}\``,
          fix:
            field === 'source'
              ? 'add `source: { file: <seed file>, headline: <original headline> }`'
              : `add \`${field}: [...]\` to the frontmatter`,
        });
      }
    }
  }
  if (JSON.stringify(docs.source.data.source) !== JSON.stringify(docs.translation.data.source)) {
    problems.push({
      file: files.translation,
      field: 'source',
      message: 'differs from the German page’s `source`',
      fix: 'copy `source` unchanged from the German page: the translation cites the same original',
    });
  }
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file} [${p.field}]: ${p.message}\n    fix: ${p.fix}`).join('\n');
}
