import type { APIRoute } from 'astro';
import { getGlossary } from '~/lib/glossary/collection';
import { languageCodes, sourceLanguage } from '~/lib/languages';
import { pageUrl } from '~/lib/urls';

/** The glossary as data, with the URL of every term page, for wikis and tools. */
export const GET: APIRoute = async ({ site }) => {
  const terms = await getGlossary(sourceLanguage.code);
  const perLang = <T>(value: (lang: string) => T) =>
    Object.fromEntries(languageCodes.map((lang) => [lang, value(lang)]));
  const body = {
    generator: 'DeepSeek-Dossier',
    languages: languageCodes,
    terms: terms.map((term) => ({
      id: term.id,
      category: term.category,
      label: term.label,
      aliases: term.aliases,
      definition: term.definition,
      related: term.related,
      url: perLang((lang) => new URL(pageUrl(`${lang}/glossary/${term.id}`), site).href),
      anchor: perLang((lang) => new URL(`${pageUrl(`${lang}/glossary`)}#${term.id}`, site).href),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
