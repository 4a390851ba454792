import { languageOf } from './languages';

// Every UI-string file, by file name ("de.json", "zh-CN.json"); a new language needs no import here.
const files = import.meta.glob<Record<string, string>>('../content/i18n/*.json', { eager: true, import: 'default' });

/** The UI strings of a language (code or tag), for code outside a page's own `Astro.locals.t`. */
export function uiStringsOf(lang: string): Record<string, string> {
  const { tag } = languageOf(lang);
  const strings = files[`../content/i18n/${tag}.json`];
  if (!strings) throw new Error(`src/content/i18n/${tag}.json is missing: every language in src/languages.json needs its UI strings`);
  return strings;
}
