import { pageLang, pageLangCode, searchInput, searchRoot, stems } from './shared';

interface GlossaryExport {
  terms: { id: string; label: Record<string, string>; aliases: Record<string, string[]>; url: Record<string, string> }[];
}
let glossary: Promise<GlossaryExport> | undefined;

/** Edit distance of at most two: catches typos such as "Sputnikmomentt". */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]! <= 2;
}

/** Glossary terms whose label or an alias differs from the query by a typo, or starts like a searched word. */
async function suggestTerms(query: string, glossaryUrl: string) {
  const lang = pageLang();
  const code = pageLangCode();
  glossary ??= fetch(glossaryUrl).then((response) => response.json());
  const starts = stems(query, lang).map((stem) => stem.slice(0, 4));
  const q = query.toLocaleLowerCase(lang);
  return (await glossary).terms.filter((term) =>
    [term.label[code]!, ...(term.aliases[code] ?? [])].some((name) => {
      const n = name.toLocaleLowerCase(lang);
      return withinTwoEdits(n, q) || starts.some((s) => n.split(/[\s-]+/).some((part) => part.startsWith(s)));
    }),
  );
}

/** Shows suggestions under Pagefind's "no results" message; hides them as soon as there are results. */
function watchForNoResults(root: HTMLElement) {
  const template = document.getElementById('search-no-results-template') as HTMLTemplateElement;
  const glossaryUrl = document.getElementById('search-help')!.dataset.glossary!;
  const box = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  box.hidden = true;
  root.after(box);
  let shownFor = '';
  new MutationObserver(async () => {
    // Right under Pagefind's message in the results column, not under the filter column; Pagefind
    // recreates the message per search.
    const message = root.querySelector('.pagefind-ui__message');
    if (message && message.nextElementSibling !== box) message.after(box);
    const query = searchInput()?.value.trim() ?? '';
    const said = message?.textContent?.trim();
    if (!query || !said || root.querySelector('.pagefind-ui__result')) {
      box.hidden = true;
      shownFor = '';
      return;
    }
    if (shownFor === query) return;
    shownFor = query;
    for (const link of box.querySelectorAll<HTMLAnchorElement>('.search-no-results-other')) link.search = `?search=${encodeURIComponent(query)}`;
    const terms = await suggestTerms(query, glossaryUrl);
    if (shownFor !== query) return;
    const lang = pageLangCode();
    box.querySelector('.search-no-results-terms')!.replaceChildren(
      ...terms.slice(0, 5).map((term) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = new URL(term.url[lang]!).pathname;
        link.textContent = term.label[lang]!;
        item.append(link);
        return item;
      }),
    );
    box.querySelector<HTMLElement>('.search-no-results-terms-intro')!.hidden = terms.length === 0;
    box.hidden = false;
  }).observe(root, { childList: true, subtree: true, characterData: true });
}

/** `?search=…` (the other language's no-results link) opens the search with that query; the address is cleaned. */
function openSearchFromAddress() {
  const url = new URL(location.href);
  const query = url.searchParams.get('search');
  if (!query) return;
  url.searchParams.delete('search');
  history.replaceState(history.state, '', url);
  document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
  const field = searchInput()!;
  field.value = query;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Pagefind's UI is created when the browser is idle; waits for its input, then wires the help. */
export function enableSearchHelp(): Promise<void> {
  return new Promise((resolve) => {
    const ready = () => {
      const root = searchRoot();
      if (!root || !searchInput()) return setTimeout(ready, 50);
      watchForNoResults(root);
      openSearchFromAddress();
      resolve();
    };
    ready();
  });
}
