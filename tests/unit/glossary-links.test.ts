import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinks } from '../../src/integrations/glossary-links';
import type { GlossaryTerm } from '../../src/lib/glossary/load';

const term = (id: string, de: string, en: string): GlossaryTerm => ({
  id,
  file: `${id}.yaml`,
  category: 'concepts',
  label: { de, en, 'zh-cn': en },
  aliases: { de: [], en: [], 'zh-cn': [] },
  definition: { de: `Definition von ${de}.`, en: `Definition of ${en}.`, 'zh-cn': `Definition of ${en}.` },
  explanation: { de: 'x', en: 'x', 'zh-cn': 'x' },
  related: [],
  references: [],
  published: new Date('2026-11-22'),
  updated: new Date('2026-11-25'),
});
const plugin = glossaryLinks({ terms: [term('agi', 'AGI', 'AGI')], base: '/', sections: ['articles'] });
// Plugins may be async, so the result is awaited.
const render = async (markdown: string, path = '/site/src/content/docs/de/articles/a.md') =>
  (await markdownToHtml(markdown, { mdastPlugins: [plugin], fileURL: pathToFileURL(path), features: { headingAttributes: true } })).html;

describe('glossary links in articles', () => {
  it('links the first mention with a described-by preview', async () => {
    const html = await render('AGI hier. Und AGI dort.');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="/de/glossary/agi/"');
    expect(html).toMatch(/aria-describedby="glossary-preview-agi"/);
    expect(html).toMatch(/<span role="tooltip" id="glossary-preview-agi"[^>]*>Definition von AGI\.<\/span>/);
  });

  it('never links inside headings or existing links', async () => {
    const html = await render('## Über AGI {#about}\n\n[Mehr zu AGI](/x/)\n\nText ohne Begriff.');
    expect(html).not.toContain('glossary');
  });

  it('links the first mention after a heading that mentions the term', async () => {
    const html = await render('## AGI {#agi}\n\nDie AGI kommt.');
    expect(html).toMatch(/<h2[^>]*>AGI<\/h2>/);
    expect(html).toMatch(/<p>Die <span class="glossary-term"><a [^>]*>AGI<\/a>/);
  });

  it('uses the language of the page and leaves other pages alone', async () => {
    expect(await render('AGI', '/site/src/content/docs/en/articles/a.md')).toContain('Definition of AGI.');
    expect(await render('AGI', '/site/src/content/docs/de/index.md')).not.toContain('glossary');
  });
});
