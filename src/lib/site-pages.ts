import { getCollection } from 'astro:content';
import { getGlossary } from './glossary/collection';
import { languageCodes, languageOf, sourceLanguage } from './languages';
import { uiStringsOf } from './ui-strings';
import { summary } from './text';

export type PageType =
  | 'home'
  | 'article'
  | 'topic'
  | 'overview'
  | 'glossary'
  | 'term'
  | 'translationStatus'
  | 'notFound'
  | 'languageChooser';

/** One public HTML page: what link previews and citations need to know about it. */
export interface SitePage {
  /** Path without base and slashes: "de/articles/x", "de" for a home page, "index" for `/`. */
  key: string;
  /** Language code (src/languages.json). */
  lang: string;
  type: PageType;
  title: string;
  description: string;
}

/** The page key of a URL path, as used for the page's Open Graph image. */
export function pageKey(pathname: string, base: string): string {
  const path = pathname.slice(base.replace(/\/$/, '').length).replace(/\.html$/, '').replace(/^\/|\/$/g, '');
  return path.replace(/\/index$/, '') || 'index';
}

/** What kind of page a key names; link previews and search results show it. */
export function pageTypeOf(key: string): PageType {
  if (key === 'index') return 'languageChooser';
  if (key === '404' || key.endsWith('/404')) return 'notFound';
  if (languageCodes.includes(key)) return 'home';
  if (key.includes('/articles/')) return 'article';
  if (key.includes('/topics/')) return 'topic';
  if (key.endsWith('/glossary')) return 'glossary';
  if (key.includes('/glossary/')) return 'term';
  if (key.endsWith('/translation-status')) return 'translationStatus';
  return 'overview';
}

/** Every public page of the site, from the content collections and the UI strings. */
export async function sitePages(): Promise<SitePage[]> {
  const docs = (await getCollection('docs')).map((entry): SitePage => {
    const lang = languageOf(entry.id.split('/')[0]!).code;
    return {
      key: entry.id,
      lang,
      type: pageTypeOf(entry.id),
      title: entry.data.title,
      description: entry.data.description,
    };
  });
  const glossary = await Promise.all(
    languageCodes.map(async (lang) => {
      const t = uiStringsOf(lang);
      const terms = (await getGlossary(lang)).map(
        (term): SitePage => ({
          key: `${lang}/glossary/${term.id}`,
          lang,
          type: 'term',
          title: term.label[lang],
          description: summary(term.definition[lang]),
        }),
      );
      return [
        { key: `${lang}/glossary`, lang, type: 'glossary', title: t['glossary.title']!, description: t['glossary.description']! } as const,
        { key: `${lang}/translation-status`, lang, type: 'translationStatus', title: t['translationStatus.title']!, description: t['translationStatus.description']! } as const,
        { key: `${lang}/404`, lang, type: 'notFound', title: t['notFound.heading']!, description: t['notFound.text']! } as const,
        ...terms,
      ];
    }),
  );
  const source = uiStringsOf(sourceLanguage.code);
  return [
    ...docs,
    ...glossary.flat(),
    { key: '404', lang: sourceLanguage.code, type: 'notFound', title: source['notFound.heading']!, description: source['notFound.text']! },
    { key: 'index', lang: sourceLanguage.code, type: 'languageChooser', title: source['languageChooser.title']!, description: source['site.description']! },
  ];
}
