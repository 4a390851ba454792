import type { Link } from 'mdast';
import type { MdastPluginEntry } from 'satteri';

/** Links to other sites in Markdown get `rel="noopener noreferrer"`: no opener access, no referrer leak. */
export function externalLinks(): MdastPluginEntry {
  return {
    name: 'dossier-external-links',
    link(node: Link) {
      if (!/^https?:\/\//.test(node.url)) return undefined;
      return { ...node, data: { ...node.data, hProperties: { ...node.data?.hProperties, rel: ['noopener', 'noreferrer'] } } };
    },
  };
}
