import type { SearchVocabulary } from '~/lib/search/query';
import type { SearchOutcome } from './engine';
import { searchInput, searchRoot } from './shared';

type Engine = { vocabularyOfPage(): Promise<SearchVocabulary | undefined> };

/** An element with classes, text and children. */
function element(tag: string, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** A link that opens another language's search with the same query (`?search=`, see openSearchFromAddress). */
function otherSearch(other: SearchVocabulary['others'][number], query: string) {
  const link = element('a', 'search-help-other', other.label) as HTMLAnchorElement;
  link.href = `${other.path}?search=${encodeURIComponent(query)}`;
  link.hreflang = other.tag;
  link.lang = other.tag;
  return link;
}

/** Items separated by " · ". */
const separated = (nodes: Node[]) => nodes.flatMap((node, i) => (i > 0 ? [' · ', node] : [node]));

/** The notes for one search: what was searched, "Did you mean", results in other languages, help when nothing is found. */
function notes(outcome: SearchOutcome, hasResults: boolean, vocabulary: SearchVocabulary): HTMLElement[] {
  const { strings } = vocabulary;
  const shown: HTMLElement[] = [];
  if (outcome.searched && hasResults) {
    shown.push(element('p', '', outcome.someWords ? strings.someWords : strings.showingResultsFor, ' ', element('strong', '', outcome.searched)));
  }
  if (outcome.suggestion) {
    const button = element('button', 'search-help-suggestion', outcome.suggestion);
    button.setAttribute('type', 'button');
    button.addEventListener('click', () => {
      const field = searchInput()!;
      field.value = outcome.suggestion!;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.focus();
    });
    shown.push(element('p', '', strings.didYouMean, ' ', button));
  }
  if (hasResults) return shown;
  const others = (outcome.otherLanguages ?? []).flatMap((found) => {
    const other = vocabulary.others.find((o) => o.code === found.code);
    return other ? [element('span', '', otherSearch(other, outcome.query), ` (${found.count})`)] : [];
  });
  if (others.length > 0) return [...shown, element('p', '', strings.otherLanguageResults, ' ', ...separated(others))];
  const terms = (outcome.terms ?? []).map((term) => {
    const link = element('a', '', term.label) as HTMLAnchorElement;
    link.href = term.path;
    return element('li', '', link);
  });
  if (terms.length > 0) shown.push(element('p', '', strings['noResults.terms']), element('ul', '', ...terms));
  shown.push(
    element('p', '', strings['noResults.otherLanguageHint'], ' ', ...separated(vocabulary.others.map((other) => otherSearch(other, outcome.query)))),
  );
  return shown;
}

/** Keeps the help box under Pagefind's result count, describing the outcome of the query in the field. */
function showOutcomes(root: HTMLElement, vocabulary: SearchVocabulary) {
  const box = element('div', 'search-help');
  box.hidden = true;
  root.after(box);
  const outcomes = new Map<string, SearchOutcome>();
  let shownFor: { outcome?: SearchOutcome; hasResults?: boolean } = {};
  const update = () => {
    // Right under Pagefind's message, in the results column; Pagefind recreates the message per search.
    const message = root.querySelector('.pagefind-ui__message');
    if (message && message.nextElementSibling !== box) message.after(box);
    const outcome = outcomes.get(searchInput()?.value.trim() ?? '');
    const hasResults = Boolean(root.querySelector('.pagefind-ui__result'));
    if (!message || !outcome) {
      box.hidden = true;
      return;
    }
    if (shownFor.outcome === outcome && shownFor.hasResults === hasResults) return;
    shownFor = { outcome, hasResults };
    box.replaceChildren(...notes(outcome, hasResults, vocabulary));
    box.hidden = box.childElementCount === 0;
  };
  document.addEventListener('dossier:search', (event) => {
    const outcome = (event as CustomEvent<SearchOutcome>).detail;
    outcomes.set(outcome.query, outcome);
    update();
  });
  new MutationObserver(update).observe(root, { childList: true, subtree: true, characterData: true });
}

/** `?search=…` (a link to another language's results, OpenSearch) asks to open the search with that query; the address is cleaned. */
function searchFromAddress(): string | null {
  const url = new URL(location.href);
  const query = url.searchParams.get('search');
  if (query === null) return null;
  url.searchParams.delete('search');
  history.replaceState(history.state, '', url);
  return query;
}

/** Pagefind's UI is created as the search opens; waits for its input, then wires the help. */
export async function enableSearchHelp(): Promise<void> {
  const query = searchFromAddress();
  if (query !== null) document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
  // The engine module is the one Pagefind's UI loads: one copy, one vocabulary fetch.
  const engine = (await import(/* @vite-ignore */ document.getElementById('search-help')!.dataset.engine!)) as Engine;
  const vocabulary = await engine.vocabularyOfPage();
  const field = await new Promise<HTMLInputElement>((resolve) => {
    const ready = () => {
      const input = searchInput();
      if (!input) return setTimeout(ready, 50);
      resolve(input);
    };
    ready();
  });
  if (vocabulary) showOutcomes(searchRoot()!, vocabulary);
  if (query !== null) {
    field.value = query;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
