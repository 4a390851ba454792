import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';

const elements = (node: { children: ElementContent[] }, tagName: string) =>
  node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName);
const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Gives every body cell of a Markdown table its column's heading as `data-label`, so that on a
 * narrow screen the stylesheet can lay each row out as a card ("Status: contradictory") instead of
 * hiding columns behind a sideways scroll.
 */
export function tableLabels(): HastPluginEntry {
  return {
    name: 'dossier-table-labels',
    element: {
      filter: ['table'],
      visit(table) {
        const [head] = elements(table, 'thead');
        const [body] = elements(table, 'tbody');
        const headings = head ? elements(head, 'tr')[0] : undefined;
        if (!headings || !body) return undefined;
        const labels = elements(headings, 'th').map((th) => textOf(th).trim());
        const label = (row: Element): Element => ({
          ...row,
          children: row.children.map((cell) => {
            if (cell.type !== 'element' || cell.tagName !== 'td') return cell;
            const column = elements(row, 'td').indexOf(cell);
            return { ...cell, properties: { ...cell.properties, dataLabel: labels[column] ?? '' } };
          }),
        });
        const labelled = { ...body, children: body.children.map((row) => (row.type === 'element' && row.tagName === 'tr' ? label(row) : row)) };
        return { ...table, children: table.children.map((child) => (child === body ? labelled : child)) };
      },
    },
  };
}
