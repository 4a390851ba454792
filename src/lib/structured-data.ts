import type { Article, BreadcrumbList, DefinedTerm, Graph, Thing, WebSite } from 'schema-dts';
import type { PageType } from './site-pages';

/** What the structured data of one page is made of; the route middleware gathers it. */
export interface PageFacts {
  type: PageType;
  url: string;
  lang: string;
  title: string;
  description: string;
  site: { name: string; url: string };
  published?: Date;
  modified?: Date;
  /** The German original of a translated page. */
  original?: { url: string; lang: string };
  /** The glossary a term belongs to. */
  glossary?: { name: string; url: string };
  /** The site search, as a URL with `{search_term_string}` for the query. */
  searchTemplate?: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * schema.org JSON-LD for search engines: a WebSite with its search on home pages, an Article for
 * dated pages (with the German original it translates), a DefinedTerm in the glossary's
 * DefinedTermSet for terms, and the breadcrumbs to them. Citation tools read the meta tags instead.
 */
export function structuredData(page: PageFacts): Graph | undefined {
  const website: WebSite = { '@type': 'WebSite', '@id': `${page.site.url}#website`, name: page.site.name, url: page.site.url, inLanguage: page.lang };
  const isPartOf = { '@id': website['@id']! };
  const nodes: Thing[] = [];
  if (page.type === 'home' && page.searchTemplate) {
    nodes.push({
      ...website,
      potentialAction: { '@type': 'SearchAction', target: page.searchTemplate, 'query-input': 'required name=search_term_string' },
    } as WebSite);
  } else if (page.type === 'term' && page.glossary) {
    const term: DefinedTerm = {
      '@type': 'DefinedTerm',
      '@id': page.url,
      name: page.title,
      description: page.description,
      url: page.url,
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: page.glossary.name, url: page.glossary.url },
    };
    nodes.push(term);
  } else if (page.published && ['article', 'topic', 'overview'].includes(page.type)) {
    const article: Article = {
      '@type': 'Article',
      '@id': page.url,
      headline: page.title,
      description: page.description,
      url: page.url,
      inLanguage: page.lang,
      datePublished: day(page.published),
      ...(page.modified ? { dateModified: day(page.modified) } : {}),
      isPartOf,
      publisher: { '@type': 'Organization', name: page.site.name, url: page.site.url },
      ...(page.original ? { translationOfWork: { '@type': 'CreativeWork', url: page.original.url, inLanguage: page.original.lang } } : {}),
    };
    nodes.push(article);
  } else {
    return undefined;
  }
  if (page.type !== 'home') {
    const crumbs = [{ name: page.site.name, url: page.site.url }, ...(page.glossary ? [page.glossary] : []), { name: page.title, url: page.url }];
    const breadcrumbs: BreadcrumbList = {
      '@type': 'BreadcrumbList',
      itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
    };
    nodes.push(website, breadcrumbs);
  }
  return { '@context': 'https://schema.org', '@graph': nodes };
}
