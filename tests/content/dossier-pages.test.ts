import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/lib/content/figures';
import { proseOf, splitFrontmatter } from '../../src/lib/content/frontmatter';
import { sectionText } from '../../src/lib/content/sections';
import { languageOf } from '../../src/lib/languages';
import { docsDir } from './paths';

/** The pages that draw on all five articles: every claim must lead back to an article section. */
const langs = ['de', 'en'] as const;
const read = (lang: string, page: string) => splitFrontmatter(readFileSync(`${docsDir}/${lang}/${page}.mdx`, 'utf8')).body;
const dossierPages = ['timeline', 'key-figures', 'people', ...readdirSync(`${docsDir}/de/topics`).map((f) => `topics/${f.replace(/\.mdx$/, '')}`)];
const ARTICLE_LINK = /\]\(\/(de|en)\/articles\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?\)/g;

describe('topic and overview pages', () => {
  it('exist in both languages: at least six topics, a timeline, key figures, people and sources', () => {
    expect(dossierPages.filter((p) => p.startsWith('topics/')).length).toBeGreaterThanOrEqual(6);
    for (const lang of langs) for (const page of [...dossierPages, 'sources']) expect(() => read(lang, page), `${lang}/${page}`).not.toThrow();
  });

  for (const lang of langs) {
    it(`${lang}: cite article sections that exist, in the page’s own language`, () => {
      for (const page of dossierPages) {
        const links = [...read(lang, page).matchAll(ARTICLE_LINK)];
        expect(links.length, `${lang}/${page} cites the articles`).toBeGreaterThan(2);
        for (const [link, linkLang, slug, key] of links) {
          expect(linkLang, `${lang}/${page}: ${link}`).toBe(lang);
          expect(sectionText(read(lang, `articles/${slug}`), key), `${lang}/${page}: ${link}`).toBeDefined();
        }
      }
    });

    it(`${lang}: every figure in the key-figures tables occurs in the article section the row cites`, () => {
      const figuresOf = (text: string) => figuresIn(text, languageOf(lang).numbers);
      const rows = read(lang, 'key-figures')
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
        .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
      const header = rows[0]!;
      const [valueColumn, sourceColumn] = lang === 'de' ? [header.indexOf('Wert'), header.indexOf('Quelle')] : [header.indexOf('Value'), header.indexOf('Source')];
      expect(valueColumn).toBeGreaterThanOrEqual(0);
      const data = rows.filter((cells) => cells[valueColumn] !== header[valueColumn]);
      expect(data.length).toBeGreaterThan(10);
      let checked = 0;
      for (const cells of data) {
        const cited = [...cells[sourceColumn]!.matchAll(ARTICLE_LINK)].map(([, , slug, key]) => proseOf(sectionText(read(lang, `articles/${slug}`), key) ?? ''));
        expect(cited.length, `row “${cells[valueColumn]}” cites an article section`).toBeGreaterThan(0);
        for (const figure of figuresOf(cells[valueColumn]!)) {
          const found = cited.some((text) => figuresOf(text).some((f) => f.value === figure.value));
          expect(found, `“${figure.raw}” (row “${cells[valueColumn]}”) in the cited section`).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });
  }
});
