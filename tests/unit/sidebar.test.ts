import { describe, expect, it } from 'vitest';
import { shortenLongFolders, type SidebarEntry, type SidebarLink } from '../../src/lib/sidebar';

const link = (n: number, current = false): SidebarLink => ({
  type: 'link',
  label: `Artikel ${n}`,
  href: `/de/articles/a${n}/`,
  isCurrent: current,
  badge: undefined,
  attrs: {},
  autogenerate: { directory: 'articles' },
});
const group = (entries: SidebarEntry[]): SidebarEntry => ({ type: 'group', label: 'Artikel', entries, collapsed: false, badge: undefined });
const full = (directory: string, count: number): SidebarLink => ({ type: 'link', label: `Alle ${count}`, href: `/de/#${directory}`, isCurrent: false, badge: undefined, attrs: {} });
const labels = (entries: SidebarEntry[]) => (entries[0] as Extract<SidebarEntry, { type: 'group' }>).entries.map((entry) => entry.label);

describe('long sidebar folders', () => {
  it('leaves a folder within the limit as it is', () => {
    const sidebar = [group([link(1), link(2), link(3)])];
    expect(shortenLongFolders(sidebar, full, 3)).toEqual(sidebar);
  });

  it('shows the first links of a long folder and ends in a link to its full list', () => {
    const sidebar = [group(Array.from({ length: 10 }, (_, i) => link(i + 1)))];
    expect(labels(shortenLongFolders(sidebar, full, 3))).toEqual(['Artikel 1', 'Artikel 2', 'Artikel 3', 'Alle 10']);
    expect((shortenLongFolders(sidebar, full, 3)[0] as { entries: SidebarLink[] }).entries.at(-1)!.href).toBe('/de/#articles');
  });

  it('keeps the current page in view when it is further down', () => {
    const sidebar = [group(Array.from({ length: 10 }, (_, i) => link(i + 1, i === 7)))];
    expect(labels(shortenLongFolders(sidebar, full, 3))).toEqual(['Artikel 1', 'Artikel 2', 'Artikel 3', 'Artikel 8', 'Alle 10']);
  });

  it('leaves groups of hand-picked links alone, however long', () => {
    const manual = Array.from({ length: 10 }, (_, i): SidebarLink => {
      const { autogenerate: _generated, ...handPicked } = link(i + 1) as SidebarLink & { autogenerate: unknown };
      return handPicked;
    });
    const sidebar = [group(manual)];
    expect(shortenLongFolders(sidebar, full, 3)).toEqual(sidebar);
  });
});
