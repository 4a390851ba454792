import { mdxToMdast } from 'satteri';

/** A block of the author's text that readers quote, and its key: `<section key>-<n>`, `lead-<n>` before the first heading. */
export interface ParagraphKey {
  /** Index of the block among the document's top-level nodes. */
  index: number;
  section: string;
  key: string;
}

interface Block {
  type: string;
  depth?: number;
  data?: { hProperties?: { id?: unknown } };
}

// Editor's notes are components, not top-level blocks, so they get no key: they are not the author's text.
const QUOTABLE = new Set(['paragraph', 'blockquote', 'list']);
export const LEAD = 'lead';

/**
 * Keys the top-level paragraphs, block quotes and lists by section and position. Both languages
 * share the section keys and, checked by the content integrity check, the number of blocks in
 * each section, so a key names the same passage in every language.
 */
export function paragraphKeys(children: readonly Block[]): ParagraphKey[] {
  let section = LEAD;
  let count = 0;
  const keys: ParagraphKey[] = [];
  children.forEach((node, index) => {
    if (node.type === 'heading' && (node.depth ?? 0) <= 3) {
      section = String(node.data?.hProperties?.id ?? '?');
      count = 0;
    } else if (QUOTABLE.has(node.type)) {
      keys.push({ index, section, key: `${section}-${++count}` });
    }
  });
  return keys;
}

/** The paragraph keys of an MDX body, parsed as the build parses it. */
export function bodyParagraphKeys(body: string): ParagraphKey[] {
  const root = mdxToMdast(body, { features: { headingAttributes: true }, position: false }) as { children: Block[] };
  return paragraphKeys(root.children);
}
