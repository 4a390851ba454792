import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { missingGlyphs } from '../../src/lib/font-subset';
import { loadGlossary } from '../../src/lib/glossary/load';
import { languages } from '../../src/lib/languages';
import { planOgFonts } from '../../src/lib/og-fonts';
import { summary } from '../../src/lib/text';
import { projectRoot } from '../content/paths';

const pagesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file)).map((file) => join(dir, file));
const glossary = loadGlossary(join(projectRoot, 'src/content/glossary'));

/** What the preview images draw, in every language: page titles and descriptions, terms, UI strings. */
const texts = languages.flatMap(({ code, tag }) => [
  ...pagesIn(join(projectRoot, 'src/content/docs', code)).map((file) => {
    const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
    return { key: relative(projectRoot, file), text: `${String(data.title)}\n${String(data.description)}` };
  }),
  ...glossary.map((term) => ({ key: `${term.file} (${code})`, text: `${term.label[code]}\n${summary(term.definition[code]!)}` })),
  { key: `src/content/i18n/${tag}.json`, text: Object.values(JSON.parse(readFileSync(join(projectRoot, `src/content/i18n/${tag}.json`), 'utf8'))).join('\n') },
]);
const tmp = () => mkdtempSync(join(tmpdir(), 'og-fonts-'));

describe('preview images (OG)', () => {
  it('have a glyph for every character of every title, description and UI string, in every language (no invisible text)', async () => {
    const plan = await planOgFonts(texts, tmp());
    const fonts = new Map<string, Font>();
    const load = (file: string) => fonts.get(file) ?? fonts.set(file, create(readFileSync(file)) as Font).get(file)!;
    for (const { key, text } of texts) {
      const choice = plan.get(key)!;
      expect(missingGlyphs(choice.fonts.map(load), text), key).toEqual([]);
      // Chinese text is drawn with the Chinese font first, so its punctuation takes the Chinese forms.
      if (/\p{Script=Han}{4}/u.test(text.split('\n')[0]!) && !/\p{Script=Latin}{4}/u.test(text)) expect(choice.families[0], key).toBe('Noto Sans SC');
    }
    expect(texts.some(({ key }) => plan.get(key)!.families.includes('Noto Sans SC'))).toBe(true);
  });

  it('fail the build on a character no font has, naming the page and the character', async () => {
    await expect(planOgFonts([{ key: 'de/articles/x', text: 'Ein Titel 🙂' }], tmp())).rejects.toThrow('de/articles/x: 🙂 U+1F642');
  });
});
