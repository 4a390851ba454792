import type { MdastPluginEntry } from 'satteri';
import type { Link } from 'mdast';

/**
 * Authors link pages site-relative (`/de/articles/x/#key`); this prefixes the configured base
 * path, so the same content works at `/` and below a sub-path such as `/dossier/`.
 */
export function baseLinks(base: string): MdastPluginEntry {
  const prefix = base.replace(/\/$/, '');
  if (!prefix) return null;
  return {
    name: 'dossier-base-links',
    link(node: Link) {
      const siteRelative = node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(`${prefix}/`);
      return siteRelative ? { ...node, url: `${prefix}${node.url}` } : undefined;
    },
  };
}
