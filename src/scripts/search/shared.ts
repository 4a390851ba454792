/** Where the search remembers what a reader searched, for the page a result leads to. */
export const HIGHLIGHT_KEY = 'dossier-search-highlight';

/** The page's BCP 47 tag, for case and locale-aware comparisons. */
export const pageLang = () => document.documentElement.lang;
export const searchRoot = () => document.getElementById('starlight__search');
export const searchInput = () => searchRoot()?.querySelector<HTMLInputElement>('.pagefind-ui__search-input') ?? null;

/** Word stems to match: inflected and compound forms contain them ("Kontrolle" → "Exportkontrollen"). */
export const stems = (query: string, lang: string) =>
  query
    .toLocaleLowerCase(lang)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3)
    .map((word) => (word.length > 5 ? word.slice(0, -1) : word));
