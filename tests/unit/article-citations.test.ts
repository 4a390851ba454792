import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { articleCitations } from '../../src/integrations/article-citations';

const render = async (markdown: string) => (await markdownToHtml(markdown, { mdastPlugins: [articleCitations()] })).html;
const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const a = (section = '') => `[China’s AI revolution](/en/articles/chinas-ai-revolution-and-risks/${section ? `#${section}` : ''})`;
const b = (section = '') => `[What is DeepSeek?](/en/articles/what-is-deepseek/${section ? `#${section}` : ''})`;

describe('citations of the articles', () => {
  it('name an article once and link its sections after it', async () => {
    const html = await render(`Nvidia lost value (${a('rise')}, ${a('us-companies')}).`);
    expect(text(html)).toBe('Nvidia lost value (China’s AI revolution, §rise, §us-companies).');
    expect(html).toContain('<a href="/en/articles/chinas-ai-revolution-and-risks/">China’s AI revolution</a>');
    expect(html).toContain('<a href="/en/articles/chinas-ai-revolution-and-risks/#us-companies">§us-companies</a>');
  });

  it('keep two articles apart', async () => {
    expect(text(await render(`Both say so (${a('rise')}, ${b('origins')}).`))).toBe('Both say so (China’s AI revolution, §rise; What is DeepSeek?, §origins).');
  });

  it('name an article only at its first citation in a section', async () => {
    const html = await render(`## One\n\nFirst (${b('rise')}). Second (${b('origins')}). Third (${b()}).\n\n## Two\n\nAgain (${b()}).`);
    expect(text(html)).toContain('First (What is DeepSeek?, §rise). Second (§origins). Third.');
    expect(text(html)).toContain('Again (What is DeepSeek?).');
  });

  it('leave other parentheses and links alone', async () => {
    const markdown = 'A note (see [Sources](/en/sources/)) and (an aside).';
    expect(text(await render(markdown))).toBe('A note (see Sources) and (an aside).');
  });
});
