import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content/integrity';
import { proseOf, splitFrontmatter } from '../../src/lib/content/frontmatter';
import { loadGlossary } from '../../src/lib/glossary/load';
import { languages, sourceLanguage, translationLanguages } from '../../src/lib/languages';
import { docsDir, projectRoot } from './paths';

const i18nDir = fileURLToPath(new URL('../../src/content/i18n/', import.meta.url));
const articles = (lang: string) => readdirSync(`${docsDir}/${lang}/articles`).sort();
const read = (lang: string, file: string) => readFileSync(`${docsDir}/${lang}/articles/${file}`, 'utf8');

describe('the dossier content', () => {
  it('passes every cross-file rule (pairs, section keys, sources, figures, links, glossary terms)', () => {
    const glossaryDir = fileURLToPath(new URL('../../src/content/glossary/', import.meta.url));
    const problems = checkContent(docsDir, projectRoot, { terms: loadGlossary(glossaryDir), dir: 'src/content/glossary' });
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('has the five articles in every language under the same slugs', () => {
    expect(articles('de')).toHaveLength(5);
    for (const { code } of translationLanguages) expect(articles(code), code).toEqual(articles('de'));
  });

  it('cites each of the five seed files once', () => {
    const seeds = articles('de').map((file) => (splitFrontmatter(read('de', file)).data.source as { file: string }).file);
    const seedDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
    expect(seeds.sort()).toEqual(readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort());
  });

  it('gives every translation the same editor’s notes as its German original', () => {
    const notes = (text: string) => [...text.matchAll(/<EditorsNote kind="(\w+)">/g)].map((m) => m[1]);
    for (const file of articles('de')) {
      for (const { code } of translationLanguages) expect(notes(read(code, file)), `${code}/${file}`).toEqual(notes(read('de', file)));
    }
  });

  it('uses each language’s quotation marks: German „…“, no German marks in a translation', () => {
    for (const file of articles('de')) {
      expect(proseOf(splitFrontmatter(read('de', file)).body), `de/${file}`).not.toMatch(/”|"/); // German quotes are „…“
      for (const { code } of translationLanguages) expect(proseOf(splitFrontmatter(read(code, file)).body), `${code}/${file}`).not.toMatch(/„/);
    }
  });
});

describe('the UI strings', () => {
  const strings = (lang: string) => JSON.parse(readFileSync(`${i18nDir}/${lang}.json`, 'utf8')) as Record<string, string>;

  it('define exactly the same keys in every language', () => {
    for (const { tag } of translationLanguages) expect(Object.keys(strings(tag)).sort(), `${tag}.json`).toEqual(Object.keys(strings(sourceLanguage.tag)).sort());
  });

  it('have no empty value', () => {
    for (const { tag } of languages) {
      for (const [key, value] of Object.entries(strings(tag))) expect(value.trim(), `${tag}.json ${key}`).not.toBe('');
    }
  });
});
