import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runAstro } from './project-copy';

/**
 * Breaks a copy of the project in one way at a time and runs `astro sync`, which every
 * dev, build and check starts with: it must fail and name the file, the field and the fix.
 */
let copy: string;
const article = 'src/content/docs/en/articles/what-is-deepseek.mdx';

beforeAll(() => {
  copy = copyProject('dossier-bad-input-');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function syncWith(file: string, edit: (text: string) => string | null) {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  const edited = edit(original);
  if (edited === null) unlinkSync(path);
  else writeFileSync(path, edited);
  try {
    return runAstro(copy, ['sync']);
  } finally {
    writeFileSync(path, original);
  }
}

describe('bad input fails early with file, field and fix', () => {
  it('a deployment build without SITE_URL (no localhost may reach a deployed page)', () => {
    const { status, output } = runAstro(copy, ['build'], { SITE_URL: '' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('npm start');
    // It fails before building anything.
    expect(output).not.toMatch(/page\(s\) built/);
  });

  it('a deployment build with the link-preview images turned off (OG_IMAGES=off is for local previews)', () => {
    const { status, output } = runAstro(copy, ['build'], { SITE_URL: 'https://dossier.example', OG_IMAGES: 'off' });
    expect(status).not.toBe(0);
    expect(output).toContain('OG_IMAGES=off is for local previews only');
    expect(output).toContain('Unset OG_IMAGES');
    expect(output).not.toMatch(/page\(s\) built/);
  });

  it('a frontmatter field of the wrong type', () => {
    const { status, output } = syncWith(article, (text) => text.replace(/^topics:.*$/m, 'topics: 42'));
    expect(status).not.toBe(0);
    expect(output).toContain('en/articles/what-is-deepseek');
    expect(output).toMatch(/topics/);
  });

  it('a missing description', () => {
    const { status, output } = syncWith(article, (text) => text.replace(/^description:.*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('en/articles/what-is-deepseek');
    expect(output).toMatch(/description/);
  });

  it('an article without its English counterpart', () => {
    const { status, output } = syncWith(article, () => null);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/docs/de/articles/what-is-deepseek.mdx [(file)]: has no English translation');
    expect(output).toContain('fix: create src/content/docs/en/articles/what-is-deepseek.mdx');
  });

  it('an article naming a glossary term that does not exist', () => {
    const { status, output } = syncWith(article, (text) => text.replace(/^terms: \[/m, 'terms: [no-such-term, '));
    expect(status).not.toBe(0);
    expect(output).toContain('en/articles/what-is-deepseek.mdx [terms]');
    expect(output).toContain('no-such-term');
  });

  it('a page without the day of its last change', () => {
    const { status, output } = syncWith(article, (text) => text.replace(/^lastUpdated:.*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/docs/en/articles/what-is-deepseek.mdx [lastUpdated]: has no valid day of its last change');
    expect(output).toContain('npm run content:touch -- src/content/docs/en/articles/what-is-deepseek.mdx');
  });

  it('a paragraph missing in a translated article (quotes are matched to the German by paragraph)', () => {
    const { status, output } = syncWith(article, (text) => text.replace(/^“Our core technical positions.*\n\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/content/docs/en/articles/what-is-deepseek.mdx [(body)]: section #young-talent has 1 paragraphs, the German 2: paragraph young-talent-2 is missing',
    );
    expect(output).toContain('fix: translate paragraph by paragraph');
  });

  it('a glossary term with an impossible date', () => {
    const { status, output } = syncWith('src/content/glossary/h800.yaml', (text) => text.replace(/^updated:.*$/m, 'updated: last week'));
    expect(status).not.toBe(0);
    expect(output).toContain('h800.yaml');
    expect(output).toMatch(/`updated` must be a day written as YYYY-MM-DD/);
  });

  it('an alias used by two glossary terms', () => {
    const { status, output } = syncWith('src/content/glossary/a100.yaml', (text) => text.replace(/^aliases:/m, 'aliases:\n  de: [H800]\n  en: [H800]\nunused:'));
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/glossary/h800.yaml [aliases.de]: “H800” is also a label or alias of the term “a100”');
    expect(output).toContain('fix: keep “H800” in one term only');
  });
});
