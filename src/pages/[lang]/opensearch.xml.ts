import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { languageCodes } from '~/lib/languages';

export const getStaticPaths = (() => languageCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An OpenSearch description per language, so that browsers offer "search DeepSeek-Dossier" from
 * the address bar. Its template is the documented deep link `/<lang>/?search=…`, which opens the
 * site search with the query.
 */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang!;
  const strings = (await getEntry('i18n', lang))!.data as Record<string, string>;
  const root = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site);
  const search = `${new URL(`${lang}/`, root).href}?search={searchTerms}`;
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${xml(strings['site.title']!)}</ShortName>
  <Description>${xml(strings['site.description']!)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${lang}</Language>
  <Image width="16" height="16" type="image/svg+xml">${new URL('favicon.svg', root).href}</Image>
  <Url type="text/html" method="get" template="${xml(search)}"/>
  <moz:SearchForm>${new URL(`${lang}/`, root).href}</moz:SearchForm>
</OpenSearchDescription>
`,
    { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } },
  );
};
