import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/integrations/base-links';
import { externalLinks } from '../../src/integrations/external-links';

const render = async (markdown: string, base = '/') =>
  (await markdownToHtml(markdown, { mdastPlugins: [baseLinks(base), externalLinks()] })).html;

describe('links in Markdown', () => {
  it('open other sites with rel="noopener noreferrer"', async () => {
    expect(await render('[Quelle](https://example.org/a)')).toContain('<a href="https://example.org/a" rel="noopener noreferrer">');
  });

  it('leave site links without rel', async () => {
    expect(await render('[Artikel](/de/articles/x/)')).toContain('<a href="/de/articles/x/">');
  });

  it('put the base path before site-relative links, once', async () => {
    const html = await render('[a](/de/articles/x/#key) [b](/sub/de/) [c](#here) [d](//cdn.example.org/x)', '/sub/');
    expect(html).toContain('href="/sub/de/articles/x/#key"');
    expect(html).toContain('href="/sub/de/"');
    expect(html).toContain('href="#here"');
    expect(html).toContain('href="//cdn.example.org/x"');
  });
});
