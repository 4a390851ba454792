import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { languageOf, languages, sourceLanguage } from '~/lib/languages';
import { ogImagesEnabled } from '~/lib/og-images';
import { shortenLongFolders, type SidebarEntry } from '~/lib/sidebar';
import { pageKey, pageTypeOf } from '~/lib/site-pages';
import { structuredData } from '~/lib/structured-data';
import { pageUrl, translatedEntryId } from '~/lib/urls';

/** Marks the sidebar link of a section's index page as current on the section's own pages (a glossary term). */
function markSection(entries: SidebarEntry[], sectionHref: string): boolean {
  return entries.some((entry) => {
    if (entry.type === 'group') return markSection(entry.entries, sectionHref);
    if (entry.href.replace(/\/?$/, '/') !== sectionHref) return false;
    entry.isCurrent = true;
    return true;
  });
}

/**
 * Completes what Starlight puts into every page: the generated preview image, full Open Graph
 * locales with the other language as `og:locale:alternate`, `og:type` "website" for home pages,
 * a site-title link that needs no redirect, the sidebar's current section on glossary terms, long
 * sidebar folders shortened, and
 * the days a page was published and last changed, schema.org data for search engines, and the
 * OpenSearch description of its language.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const language = languageOf(route.lang);
  const lang = language.code;
  const key = pageKey(context.url.pathname, import.meta.env.BASE_URL);
  const type = pageTypeOf(key);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const image = new URL(`${base}og/${key}.png`, context.site).href;
  const t = context.locals.t;
  // Not HTML-escaped by i18next: Astro escapes attribute values itself.
  const alt = t('og.imageAlt', { title: route.entry.data.title, type: t(`pageType.${type}`), interpolation: { escapeValue: false } });

  route.siteTitleHref = route.siteTitleHref.replace(/\/?$/, '/');
  // A home page only leads to the content: the search index holds the content itself.
  if (type === 'home') route.entry.data.pagefind = false;
  if (type === 'term') markSection(route.sidebar, context.url.pathname.replace(/[^/]+\/$/, ''));
  // A long folder ends in a link to its full list: the home page's section of the same id lists every page of it.
  route.sidebar = shortenLongFolders(route.sidebar, (directory, count) => ({
    type: 'link',
    label: t('sidebar.showAll', { count }),
    href: `${pageUrl(lang)}#${directory}`,
    isCurrent: false,
    badge: undefined,
    attrs: {},
  }));

  for (const tag of route.head) {
    // Open Graph locales need a territory: "de" alone is not recognised by unfurlers.
    if (tag.attrs?.property === 'og:locale') tag.attrs.content = language.ogLocale;
    if (tag.attrs?.property === 'og:type' && type === 'home') tag.attrs.content = 'website';
  }
  const meta = (attrs: Record<string, string>) => route.head.push({ tag: 'meta', attrs, content: '' });
  for (const other of languages) {
    if (other !== language) meta({ property: 'og:locale:alternate', content: other.ogLocale });
  }
  // Dated pages are articles to citation tools: Zotero (Wikipedia's Citoid) takes their date from
  // article:published_time, and the last change from article:modified_time.
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const published = route.entry.data.published;
  if (published) meta({ property: 'article:published_time', content: day(published) });
  if (published && route.lastUpdated) meta({ property: 'article:modified_time', content: day(route.lastUpdated) });
  const home = new URL(pageUrl(lang), context.site).href;
  const graph = structuredData({
    type,
    url: new URL(context.url.pathname, context.site).href,
    lang: language.tag,
    title: route.entry.data.title,
    description: route.entry.data.description ?? '',
    site: { name: t('site.title'), url: home },
    published,
    modified: route.lastUpdated,
    original:
      language === sourceLanguage
        ? undefined
        : { url: new URL(pageUrl(translatedEntryId(route.entry.id, sourceLanguage.code)), context.site).href, lang: sourceLanguage.tag },
    glossary: type === 'term' ? { name: t('glossary.title'), url: `${home}glossary/` } : undefined,
    searchTemplate: `${home}?search={search_term_string}`,
  });
  // "<" escaped, so that no text in the data can end the script element.
  if (graph) route.head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: JSON.stringify(graph).replace(/</g, '\\u003c') });
  // Browsers offer to search the site from the address bar, in the page's language.
  route.head.push({
    tag: 'link',
    attrs: { rel: 'search', type: 'application/opensearchdescription+xml', title: t('site.title'), href: `${base}${lang}/opensearch.xml` },
  });
  if (!ogImagesEnabled) return;
  meta({ property: 'og:image', content: image });
  meta({ property: 'og:image:type', content: 'image/png' });
  meta({ property: 'og:image:width', content: '1200' });
  meta({ property: 'og:image:height', content: '630' });
  meta({ property: 'og:image:alt', content: alt });
  meta({ name: 'twitter:image', content: image });
  meta({ name: 'twitter:image:alt', content: alt });
});
