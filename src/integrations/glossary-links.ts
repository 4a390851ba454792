import type { MdastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { termForms } from '../lib/glossary/forms';
import type { GlossaryTerm } from '../lib/glossary/load';
import { createTermMatcher } from '../lib/glossary/matcher';
import { languages } from '../lib/languages';

interface Options {
  terms: GlossaryTerm[];
  /** Site base path, e.g. "/" or "/dossier/". */
  base: string;
  /** Docs folders (below each language) whose pages get term links, e.g. ["articles"]. */
  sections: string[];
}

// Minimal mdast shapes; Sätteri hands plugins plain mdast-compatible objects.
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Nodes whose text is never turned into a term link. */
const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'mdxJsxTextElement', 'mdxTextExpression']);

export const glossaryPreviewId = (termId: string) => `glossary-preview-${termId}`;

/**
 * Links the first mention of each glossary term on a page to its term page, with an
 * accessible preview of the short definition (shown on hover and focus by CSS).
 * Headings are never touched: only paragraph text is scanned.
 */
export function glossaryLinks({ terms, base, sections }: Options): MdastPluginEntry {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const matchers = new Map(languages.map((language) => [language.code, createTermMatcher(termForms(terms, language.code), language)]));
  const pagePattern = new RegExp(`/content/docs/(${[...matchers.keys()].join('|')})/(?:${sections.join('|')})/`);

  return ({ fileURL }) => {
    const lang = fileURL && pagePattern.exec(fileURLToPath(fileURL).replace(/\\/g, '/'))?.[1];
    if (!lang) return null;
    const matcher = matchers.get(lang)!;
    const linked = new Set<string>();

    const termLink = (id: string, text: string): MdNode => {
      const term = byId.get(id)!;
      return {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['glossary-term'] } },
        children: [
          {
            type: 'link',
            url: `${base}${lang}/glossary/${id}/`,
            title: null,
            data: { hProperties: { className: ['glossary-link'], ariaDescribedBy: glossaryPreviewId(id), dataGlossaryTerm: id } },
            children: [{ type: 'text', value: text }],
          },
          {
            type: 'emphasis',
            data: {
              hName: 'span',
              hProperties: { role: 'tooltip', id: glossaryPreviewId(id), className: ['glossary-preview'], dataPagefindIgnore: '' },
            },
            children: [{ type: 'text', value: term.definition[lang] }],
          },
        ],
      };
    };

    const linkText = (value: string): MdNode[] | null => {
      const fresh = matcher(value).filter((m) => !linked.has(m.id) && (linked.add(m.id), true));
      if (fresh.length === 0) return null;
      const out: MdNode[] = [];
      let at = 0;
      for (const mention of fresh) {
        if (mention.start > at) out.push({ type: 'text', value: value.slice(at, mention.start) });
        out.push(termLink(mention.id, mention.text));
        at = mention.end;
      }
      if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
      return out;
    };

    const rewrite = (children: MdNode[]): MdNode[] | null => {
      let changed = false;
      const out = children.flatMap((child) => {
        if (child.type === 'text' && child.value) {
          const replaced = linkText(child.value);
          if (replaced) changed = true;
          return replaced ?? [child];
        }
        if (child.children && !OPAQUE.has(child.type)) {
          const inner = rewrite([...child.children]);
          if (inner) {
            changed = true;
            return [{ ...child, children: inner }];
          }
        }
        return [child];
      });
      return changed ? out : null;
    };

    return {
      name: 'dossier-glossary-links',
      paragraph(node: MdNode) {
        const children = rewrite([...(node.children ?? [])]);
        return children ? { ...node, children } : undefined;
      },
    };
  };
}
