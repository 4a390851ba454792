import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proseOf, splitFrontmatter } from '../../src/lib/content/frontmatter';
import { formatProblems } from '../../src/lib/content/integrity';
import { inconsistentQuotes, type QuotePage } from '../../src/lib/content/quotes';
import { loadGlossary } from '../../src/lib/glossary/load';
import { docsDir, projectRoot } from './paths';

const glossaryDir = fileURLToPath(new URL('../../src/content/glossary/', import.meta.url));
const seedDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const NOTE = /<EditorsNote\b[^>]*>([\s\S]*?)<\/EditorsNote>/g;

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listPages(join(dir, entry.name)) : /\.mdx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/**
 * Every page of one language, split into what is original and what quotes it: the author’s text
 * of each article (and, in German, the seeds) is original; editor’s notes, topic and overview
 * pages and the glossary quote it.
 */
function quotePages(lang: 'de' | 'en'): QuotePage[] {
  const pages: QuotePage[] = [];
  for (const path of listPages(join(docsDir, lang))) {
    const file = relative(projectRoot, path);
    const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
    const heading = [data.title, data.description].filter((v) => typeof v === 'string').join('\n\n');
    if (file.includes('/articles/')) {
      const notes = [...body.matchAll(NOTE)].map((m) => m[1] ?? '');
      pages.push({ file, lang, text: proseOf(`${heading}\n\n${body.replace(NOTE, '\n\n')}`), source: true });
      pages.push({ file, lang, field: 'EditorsNote', text: proseOf(notes.join('\n\n')) });
    } else {
      pages.push({ file, lang, text: proseOf(`${heading}\n\n${body}`) });
    }
  }
  if (lang === 'de') {
    for (const seed of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      pages.push({ file: `../shared/seeds/${seed}`, lang, text: readFileSync(join(seedDir, seed), 'utf8'), source: true });
    }
  }
  for (const term of loadGlossary(glossaryDir)) {
    const file = `src/content/glossary/${term.file}`;
    pages.push({ file, lang, field: `definition.${lang}`, text: term.definition[lang] });
    pages.push({ file, lang, field: `explanation.${lang}`, text: term.explanation[lang] });
  }
  return pages;
}

describe('quotations', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: read the same on every page that quotes them (articles, notes, topic and overview pages, glossary)`, () => {
      const problems = inconsistentQuotes(quotePages(lang));
      expect(problems, formatProblems(problems)).toEqual([]);
    });
  }
});
