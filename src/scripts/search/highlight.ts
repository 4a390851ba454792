import { HIGHLIGHT_KEY, pageLang, searchInput, stems } from './shared';

/** Remembers what was searched when a result is followed; the landing page marks it. */
export function rememberSearches() {
  // What the engine searched for a query: without its stop words, so "wie" and "hat" stay unmarked.
  const searched = new Map<string, string>();
  document.addEventListener('dossier:search', (event) => {
    const { query, searched: words } = (event as CustomEvent<{ query: string; searched?: string }>).detail;
    searched.set(query, words ?? query);
  });
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest?.('#starlight__search a[href]');
      const query = searchInput()?.value.trim();
      if (!link || !query) return;
      const path = new URL((link as HTMLAnchorElement).href).pathname;
      sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path, query: searched.get(query) ?? query }));
    },
    true,
  );
}

/**
 * Marks the searched words in the page text with the CSS Custom Highlight API: no DOM changes,
 * and no query parameter in the address the reader may copy.
 */
export function highlightSearchedWords() {
  const saved = sessionStorage.getItem(HIGHLIGHT_KEY);
  if (!saved) return;
  sessionStorage.removeItem(HIGHLIGHT_KEY);
  const { path, query } = JSON.parse(saved) as { path: string; query: string };
  const content = document.querySelector('.sl-markdown-content');
  if (path !== location.pathname || !content || !('highlights' in CSS)) return;
  const lang = pageLang();
  const wanted = stems(query, lang);
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[data-pagefind-ignore], .sl-anchor-link, script, style')) continue;
    for (const match of node.textContent!.matchAll(/[\p{L}\p{N}-]+/gu)) {
      if (!wanted.some((stem) => match[0].toLocaleLowerCase(lang).includes(stem))) continue;
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('search-result', new Highlight(...ranges));
}
