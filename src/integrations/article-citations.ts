import type { Heading, Link, Paragraph, PhrasingContent, Text } from 'mdast';
import type { MdastPluginEntry } from 'satteri';

const ARTICLE = /\/articles\/([^/#]+)\/(?:#(.+))?$/;
const isArticleLink = (node: PhrasingContent | undefined): node is Link => node?.type === 'link' && ARTICLE.test(node.url);
const isText = (node: PhrasingContent | undefined, test: (value: string) => boolean): node is Text => node?.type === 'text' && test(node.value);

/**
 * Pages that draw on the articles end every statement with its sources, written as Markdown links
 * whose text is the article's title: `([Title](/de/articles/x/#rise), [Title](/de/articles/x/#founder))`.
 * Rendered as written, a reader sees the same title again and again. This names each article once
 * per citation and links its sections after it — "(Title, §rise, §founder)" — and, within one
 * section of the page, names an article only at its first citation: later ones link just the
 * sections, and a later citation of the whole article, already named, is left out.
 */
export function articleCitations(): MdastPluginEntry {
  let named = new Set<string>();

  const render = (links: Link[]): PhrasingContent[] => {
    const byArticle = new Map<string, { article: Link; sections: Link[] }>();
    for (const link of links) {
      const [, slug = '', section] = ARTICLE.exec(link.url)!;
      const entry = byArticle.get(slug) ?? { article: { ...link, url: link.url.replace(/#.*$/, '') }, sections: [] };
      if (section && !entry.sections.some((s) => s.url === link.url)) {
        entry.sections.push({ ...link, children: [{ type: 'text', value: `§${decodeURIComponent(section)}` }] });
      }
      byArticle.set(slug, entry);
    }
    const groups = [...byArticle].flatMap(([slug, { article, sections }]) => {
      const parts: PhrasingContent[] = [...(named.has(slug) ? [] : [article]), ...sections];
      named.add(slug);
      return parts.length > 0 ? [parts.flatMap((part, i): PhrasingContent[] => (i === 0 ? [part] : [{ type: 'text', value: ', ' }, part]))] : [];
    });
    return groups.flatMap((group, i): PhrasingContent[] => (i === 0 ? group : [{ type: 'text', value: '; ' }, ...group]));
  };

  return {
    name: 'dossier-article-citations',
    before() {
      named = new Set();
    },
    heading(node: Heading) {
      if (node.depth <= 2) named = new Set();
      return undefined;
    },
    paragraph(node: Paragraph) {
      // A text node can close one citation and open the next: ") and (" – so the closing text
      // is put back to be looked at again.
      const children = [...node.children];
      const out: PhrasingContent[] = [];
      let changed = false;
      for (let i = 0; i < children.length; i++) {
        const opening = children[i]!;
        if (!isText(opening, (v) => v.endsWith('(')) || !isArticleLink(children[i + 1])) {
          out.push(opening);
          continue;
        }
        const links: Link[] = [children[i + 1] as Link];
        let j = i + 2;
        while (isText(children[j], (v) => v === ', ') && isArticleLink(children[j + 1])) {
          links.push(children[j + 1] as Link);
          j += 2;
        }
        const closing = children[j];
        if (!isText(closing, (v) => v.startsWith(')'))) {
          out.push(opening);
          continue;
        }
        changed = true;
        const cited = render(links);
        if (cited.length > 0) {
          out.push(opening, ...cited);
        } else {
          // Nothing new to cite: drop the parentheses and the space before them.
          out.push({ ...opening, value: opening.value.replace(/\s*\($/, '') });
          children[j] = { ...closing, value: closing.value.slice(1) };
        }
        i = j - 1;
      }
      return changed ? { ...node, children: out.filter((child) => child.type !== 'text' || child.value !== '') } : undefined;
    },
  };
}
