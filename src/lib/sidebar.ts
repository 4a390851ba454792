import type { StarlightRouteData } from '@astrojs/starlight/route-data';

export type SidebarEntry = StarlightRouteData['sidebar'][number];
export type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** How many links of one folder the sidebar shows before it links to the full list. */
export const sidebarFolderLimit = 15;

/**
 * A sidebar that lists every page of a folder grows with the content: at 100 times today's
 * articles and topics, every page carried 250 KB of sidebar links, and nobody scans 1,400 of them.
 * A generated folder with more than `limit` links shows the first ones, the current page where it
 * is further down, and ends in the link `full` makes to the folder's full list.
 */
export function shortenLongFolders(
  entries: SidebarEntry[],
  full: (directory: string, count: number) => SidebarLink,
  limit = sidebarFolderLimit,
): SidebarEntry[] {
  return entries.map((entry) => {
    if (entry.type !== 'group') return entry;
    const links = entry.entries.filter((child): child is SidebarLink => child.type === 'link' && 'autogenerate' in child);
    const directory = links[0] && 'autogenerate' in links[0] ? links[0].autogenerate.directory : undefined;
    if (!directory || links.length !== entry.entries.length || links.length <= limit) {
      return { ...entry, entries: shortenLongFolders(entry.entries, full, limit) };
    }
    const current = links.findIndex((link) => link.isCurrent);
    const shown = current >= limit ? [...links.slice(0, limit), links[current]!] : links.slice(0, limit);
    return { ...entry, entries: [...shown, full(directory, links.length)] };
  });
}
