import { describe, expect, it } from 'vitest';
import { checkLinks, docsTarget } from '../../src/lib/content/links';

const targets = [
  docsTarget('de/articles/a', '## Eins {#one}\n\nText'),
  docsTarget('en/articles/a', '## One {#one}\n\nText'),
  docsTarget('de/index', 'Start'),
];
const check = (body: string, lang = 'de') => checkLinks([{ file: `${lang}/page.mdx`, lang, body }], targets);

describe('internal links', () => {
  it('accept existing pages and section keys, and whole pages in the other language', () => {
    expect(check('[a](/de/articles/a/#one), [start](/de/), [English](/en/articles/a/), [out](https://example.org/)')).toEqual([]);
  });

  it('name a page that does not exist', () => {
    expect(check('[x](/de/articles/b/)')).toEqual([
      expect.objectContaining({ file: 'de/page.mdx', field: 'link', message: 'links to /de/articles/b/, which is not a page of this site' }),
    ]);
  });

  it('name a section key the page does not have, and list the keys it has', () => {
    const [problem] = check('[x](/de/articles/a/#two)');
    expect(problem?.message).toBe('links to the section #two, which /de/articles/a/ does not have');
    expect(problem?.fix).toBe('use one of its section keys: one');
  });

  it('refuse a section link into the other language', () => {
    const [problem] = check('[x](/en/articles/a/#one)');
    expect(problem?.message).toBe('links to /en/articles/a/#one in another language');
    expect(problem?.fix).toContain('/de/articles/a/');
  });
});
