import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/integrity';
import { bodyParagraphKeys } from '../../src/lib/content/paragraphs';
import { languageOf } from '../../src/lib/languages';
import { pageSourceHash } from '../../src/lib/translation/hash';
import { extractSections } from '../../src/lib/content/sections';

const article = (title: string, body: string, extra = '') => `---
title: ${title}
description: A test page.
published: 2026-11-22
lastUpdated: 2026-11-25
source:
  file: 000_0123456789abcdef.txt
  headline: Originaltitel
topics: [company]
terms: [agi]
${extra}---
${body}
`;

describe('extractSections', () => {
  it('reads explicit keys and skips fenced code', () => {
    const sections = extractSections('## Eins {#one}\n\n```md\n## Not a heading\n```\n\n### Zwei\n');
    expect(sections.map((s) => [s.level, s.text, s.key])).toEqual([
      [2, 'Eins', 'one'],
      [3, 'Zwei', undefined],
    ]);
  });
});

describe('bodyParagraphKeys', () => {
  it('keys paragraphs, quotes and lists by section and position, but not editor’s notes or H4 sections', () => {
    const body = [
      "import EditorsNote from '~/components/EditorsNote.astro';",
      'Lead.',
      '## Eins {#one}',
      'Erster Absatz.',
      '<EditorsNote kind="correction">\n\nNotiz der Redaktion.\n\n</EditorsNote>',
      '> Ein Zitat.',
      '- Punkt\n- Punkt',
      '#### Klein {#small}',
      'Noch in Eins.',
      '### Zwei {#two}',
      'Erster in Zwei.',
    ].join('\n\n');
    expect(bodyParagraphKeys(body).map((p) => p.key)).toEqual(['lead-1', 'one-1', 'one-2', 'one-3', 'one-4', 'two-1']);
  });
});

describe('checkContent', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  // German and English: the rules hold between the source and each translation alike.
  const problems = () => checkContent(root, root, undefined, [languageOf('de'), languageOf('en')]);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dossier-content-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a complete pair', () => {
    write('de/articles/a.mdx', article('A', 'Am 20. Januar 2025.\n\n## Eins {#one}\n\n10.000 Chips.'));
    write('en/articles/a.mdx', article('A', 'On 20 January 2025.\n\n## One {#one}\n\n10,000 chips.'));
    expect(problems()).toEqual([]);
  });

  it('names a page without its dates, the field and the command that sets it', () => {
    write('de/articles/a.mdx', article('A', 'Text.').replace(/^lastUpdated:.*\n/m, ''));
    write('en/articles/a.mdx', article('A', 'Text.').replace('published: 2026-11-22', 'published: 2026-02-30'));
    expect(problems()).toEqual([
      expect.objectContaining({ file: 'de/articles/a.mdx', field: 'lastUpdated', fix: expect.stringContaining('npm run content:touch -- de/articles/a.mdx') }),
      expect.objectContaining({ file: 'en/articles/a.mdx', field: 'published', fix: expect.stringContaining('published: YYYY-MM-DD') }),
    ]);
  });

  it('rejects a last change before the first publication', () => {
    write('de/articles/a.mdx', article('A', 'Text.').replace('lastUpdated: 2026-11-25', 'lastUpdated: 2026-11-01'));
    write('en/articles/a.mdx', article('A', 'Text.'));
    expect(problems()).toEqual([expect.objectContaining({ file: 'de/articles/a.mdx', field: 'lastUpdated', message: 'lies before `published`' })]);
  });

  it('names a German page without translation and the file to create', () => {
    write('de/articles/a.mdx', article('A', 'Text.'));
    const [problem] = problems();
    expect(problem).toMatchObject({ file: 'de/articles/a.mdx', field: '(file)' });
    expect(problem?.message).toContain('no English translation');
    expect(problem?.fix).toContain('en/articles/a.mdx');
  });

  it('names an English page without German original', () => {
    write('en/orphan.md', article('B', 'Text.'));
    expect(problems()).toMatchObject([{ file: 'en/orphan.md', field: '(file)' }]);
  });

  it('reports headings without a key and differing section keys', () => {
    write('de/articles/a.mdx', article('A', '## Eins {#one}\n\n## Zwei'));
    write('en/articles/a.mdx', article('A', '## One {#uno}\n\n## Two {#two}'));
    const found = problems();
    expect(found).toContainEqual(expect.objectContaining({ file: 'de/articles/a.mdx:14', field: 'heading id' }));
    expect(found).toContainEqual(expect.objectContaining({ file: 'en/articles/a.mdx', field: 'heading ids' }));
  });

  it('reports an article without source and a translation citing another source', () => {
    write('de/articles/a.mdx', `---\ntitle: A\ndescription: x\ntopics: []\nterms: []\n---\nText.`);
    write('en/articles/a.mdx', article('A', 'Text.'));
    const found = problems();
    expect(found).toContainEqual(expect.objectContaining({ file: 'de/articles/a.mdx', field: 'source' }));
    expect(found).toContainEqual(expect.objectContaining({ file: 'en/articles/a.mdx', field: 'source' }));
  });

  it('names the section and the paragraph an article translation lacks, or has in excess', () => {
    const german = article('A', 'Lead.\n\n## Eins {#one}\n\nA.\n\nB.\n\n## Zwei {#two}\n\nC.');
    const english = 'Lead.\n\n## One {#one}\n\nA and B.\n\n## Two {#two}\n\nC.\n\nD.';
    write('de/articles/a.mdx', german);
    write('en/articles/a.mdx', article('A', english, `translation:\n  sourceHash: ${pageSourceHash(german)}\n`));
    expect(problems().map((p) => [p.file, p.message])).toEqual([
      ['en/articles/a.mdx', 'section #one has 1 paragraphs, the German 2: paragraph one-2 is missing'],
      ['en/articles/a.mdx', 'section #two has 2 paragraphs, the German 1: paragraph two-2 is not in the German'],
    ]);
    // Once the German changes, the translation is outdated: published with a notice, not an error.
    write('de/articles/a.mdx', german.replace('C.', 'C, geändert.'));
    expect(problems()).toEqual([]);
  });

  it('reports a figure converted with the wrong scale', () => {
    write('de/articles/a.mdx', article('A', 'Der Wert fiel von 3,5 Billionen auf 2,9 Billionen Dollar.'));
    write('en/articles/a.mdx', article('A', 'The value fell from 3.5 billion to 2.9 trillion dollars.'));
    expect(problems()).toMatchObject([{ file: 'en/articles/a.mdx', field: '(body)' }]);
    expect(problems()[0]?.message).toContain('3,5 Billionen');
  });
});
