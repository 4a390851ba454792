import { fileURLToPath } from 'node:url';
import type { BlockContent } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { paragraphKeys as keysOf } from '../lib/content/paragraphs';

/**
 * Marks each quotable block of an article with `data-para="<key>"`, the same key in every
 * language, so that a quote selected in a translation finds its German original.
 */
export function paragraphKeys(): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL || !/\/content\/docs\/[^/]+\/articles\//.test(fileURLToPath(fileURL).replace(/\\/g, '/'))) return null;
    let keys = new Map<number, string>();
    const mark = <N extends BlockContent>(node: Readonly<N>, ctx: { parent(node: Readonly<N>): unknown; indexOf(node: Readonly<N>): number | undefined }) => {
      const key = (ctx.parent(node) as { type?: string } | undefined)?.type === 'root' ? keys.get(ctx.indexOf(node) ?? -1) : undefined;
      return key === undefined ? undefined : ({ ...node, data: { ...node.data, hProperties: { ...node.data?.hProperties, dataPara: key } } } as N);
    };
    return {
      name: 'dossier-paragraph-keys',
      before(root) {
        keys = new Map(keysOf(root.children).map(({ index, key }) => [index, key]));
      },
      paragraph: mark,
      blockquote: mark,
      list: mark,
    };
  };
}
