import { describe, expect, it } from 'vitest';
import { touch } from '../../src/lib/content/dates';

describe('content:touch', () => {
  it('replaces the last change of a page and keeps every other line', () => {
    const page = '---\ntitle: A\ndescription: B\npublished: 2026-11-22\nlastUpdated: 2026-11-23\n---\nlastUpdated: in the text\n';
    expect(touch(page, 'page', '2026-12-01')).toBe(page.replace('lastUpdated: 2026-11-23', 'lastUpdated: 2026-12-01'));
  });

  it('adds the field after a (folded) description when a page has none', () => {
    const page = '---\ntitle: A\ndescription: >\n  two\n  lines\ntopics: []\n---\nText\n';
    expect(touch(page, 'page', '2026-12-01')).toBe('---\ntitle: A\ndescription: >\n  two\n  lines\nlastUpdated: 2026-12-01\ntopics: []\n---\nText\n');
  });

  it('sets a term’s `updated`, adding it when missing', () => {
    expect(touch('category: models\nupdated: 2026-11-22\n', 'term', '2026-12-01')).toBe('category: models\nupdated: 2026-12-01\n');
    expect(touch('category: models', 'term', '2026-12-01')).toBe('category: models\nupdated: 2026-12-01\n');
  });

  it('refuses a page without frontmatter', () => {
    expect(touch('# Title\n', 'page', '2026-12-01')).toBeUndefined();
  });
});
