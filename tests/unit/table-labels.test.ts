import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableLabels } from '../../src/integrations/table-labels';

describe('table labels', () => {
  it('give every body cell its column heading, for the card layout on phones', async () => {
    const markdown = '| Value | Status |\n| --- | --- |\n| 5,6 Mio. | **widersprüchlich** |\n';
    const { html } = await markdownToHtml(markdown, { features: { gfm: true }, hastPlugins: [tableLabels()] } as Parameters<typeof markdownToHtml>[1]);
    expect(html).toContain('<td data-label="Value">5,6 Mio.</td>');
    expect(html).toContain('<td data-label="Status"><strong>widersprüchlich</strong></td>');
    expect(html).toContain('<th>Value</th>');
  });
});
