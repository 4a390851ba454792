import type { ContentProblem } from './integrity';
import { extractSections } from './sections';

/** A page the site builds, with the fragments a link may point to (undefined: any fragment). */
export interface LinkTarget {
  path: string;
  fragments: Set<string> | undefined;
}

export interface LinkingPage {
  file: string;
  lang: string;
  body: string;
}

/** Starlight's own anchors, present on every docs page. */
const STARLIGHT_FRAGMENTS = ['_top', 'cite', 'cite-mediawiki', 'cite-markdown', 'cite-text', 'cite-bibtex'];

/** The path of a docs page ("de/articles/x" → "/de/articles/x/", "de/index" → "/de/") and its section keys. */
export function docsTarget(slug: string, body: string): LinkTarget {
  return {
    path: `/${slug.replace(/(^|\/)index$/, '')}/`.replace(/\/{2,}/g, '/'),
    fragments: new Set([...STARLIGHT_FRAGMENTS, ...extractSections(body).flatMap((s) => (s.key ? [s.key] : []))]),
  };
}

const LINK = /\]\((\/[^)\s]*)\)/g;

/**
 * Site-relative links in page bodies must reach a page that exists and a section key it has;
 * otherwise the build names the file, the link and the fix. A link into the other language may
 * point to a whole page (to offer both versions), but a section link must stay in the page's
 * language: a reader following a source should land on text they can read.
 */
export function checkLinks(pages: LinkingPage[], targets: LinkTarget[]): ContentProblem[] {
  const byPath = new Map(targets.map((target) => [target.path, target]));
  const problems: ContentProblem[] = [];
  for (const page of pages) {
    for (const [, url = ''] of page.body.matchAll(LINK)) {
      const [path = '', fragment] = url.split('#');
      const target = byPath.get(path);
      const problem = (message: string, fix: string) => problems.push({ file: page.file, field: 'link', message, fix });
      if (!target) {
        problem(`links to ${url}, which is not a page of this site`, 'link an existing page (with a trailing slash, e.g. /de/articles/what-is-deepseek/)');
      } else if (fragment && !path.startsWith(`/${page.lang}/`)) {
        problem(`links to ${url} in another language`, `link the same page in this page’s language: /${page.lang}/${path.split('/').slice(2).join('/')}`);
      } else if (fragment && target.fragments && !target.fragments.has(fragment)) {
        problem(
          `links to the section #${fragment}, which ${path} does not have`,
          `use one of its section keys: ${[...target.fragments].filter((f) => !STARLIGHT_FRAGMENTS.includes(f)).join(', ')}`,
        );
      }
    }
  }
  return problems;
}
