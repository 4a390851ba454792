import { citeWeb, type Citation } from '~/lib/citation';
import { citationJson, ownCitation } from './copy';

/** Text a reader sees: glossary previews and screen-reader hints inside a paragraph are left out. */
function visibleTextNodes(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], .sr-only') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

const visibleText = (element: Element) => visibleTextNodes(element).map((node) => node.data).join('');

/** Offset of a boundary point (as a selection gives it) in an element's visible text. */
function offsetIn(element: Element, container: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(container, offset);
  let total = 0;
  for (const node of visibleTextNodes(element)) {
    if (node === container) return total + offset;
    if (before.intersectsNode(node)) total += node.length;
  }
  return total;
}

/** Ends of "sentences" that are not sentence ends: German day numbers ("Am 20. Januar") and abbreviations. */
const NOT_AN_END = /(?:(?:^|\s)\d{1,2}|\b(?:z\. ?B|u\. ?a|d\. ?h|bzw|ca|vgl|Dr|Prof|Nr|Mio|Mrd|e\.g|i\.e|vs|Inc|Corp|Ltd))\.\s*$/;

/** A paragraph's sentences, as the language's segmenter finds them, mended where it splits too eagerly. */
function sentences(text: string, lang: string): { index: number; segment: string }[] {
  const mended: { index: number; segment: string }[] = [];
  for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    const previous = mended.at(-1);
    if (previous && NOT_AN_END.test(previous.segment)) previous.segment += segment;
    else mended.push({ index, segment });
  }
  return mended;
}

interface Passage {
  keys: string[];
  /** Sentences [first, last] of a passage within one paragraph; undefined for whole paragraphs. */
  sentences?: [number, number];
}

/** The paragraphs (and, within one paragraph, the sentences) a selection touches. */
function selectedPassage(selection: Selection, lang: string): Passage | undefined {
  if (selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-para]');
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first || !last) return undefined;
  const all = [...document.querySelectorAll<HTMLElement>('[data-para]')];
  const keys = all.slice(all.indexOf(first), all.indexOf(last) + 1).map((element) => element.dataset.para!);
  if (first !== last) return { keys };
  const start = offsetIn(first, range.startContainer, range.startOffset);
  const end = offsetIn(first, range.endContainer, range.endOffset);
  const touched = sentences(visibleText(first), lang).flatMap((s, i) => (s.index < end && s.index + s.segment.length > start ? [i] : []));
  return { keys, sentences: [touched[0] ?? 0, touched.at(-1) ?? 0] };
}

/**
 * The passage's text in one document. Within one paragraph it is the selected sentences, when the
 * paragraph has as many sentences here as in `reference` (the other language); otherwise the whole paragraphs.
 */
function passageText(doc: Document, passage: Passage, lang: string, reference?: { doc: Document; lang: string }): string {
  const paragraph = (d: Document, key: string) => visibleText(d.querySelector(`[data-para="${key}"]`)!).replace(/\s+/g, ' ').trim();
  const [key] = passage.keys;
  if (passage.sentences && passage.keys.length === 1 && key) {
    const own = sentences(paragraph(doc, key), lang);
    const other = reference ? sentences(paragraph(reference.doc, key), reference.lang) : own;
    if (own.length === other.length) {
      return own
        .slice(passage.sentences[0], passage.sentences[1] + 1)
        .map((s) => s.segment)
        .join('')
        .trim();
    }
  }
  return passage.keys.map((k) => paragraph(doc, k)).join(' ');
}

/**
 * "Cite selection": a `{{cite web}}` of the German original's section with the selected passage as
 * `|quote=`, and, on a translation, the same passage of this page as `|trans-quote=`, as English
 * Wikipedia asks for sources in other languages.
 */
export function enableQuoteCitations(block: HTMLElement): void {
  const panel = block.querySelector<HTMLElement>('.cite-quote');
  const button = document.querySelector<HTMLButtonElement>('.cite-quote-button');
  if (!panel || !button) return;
  const lang = document.documentElement.lang;
  const { source = '', sourceLang = '' } = panel.dataset;
  const isSource = new URL(source, location.href).pathname === location.pathname;
  let original: Promise<Document> | undefined;
  const originalDoc = () =>
    (original ??= isSource
      ? Promise.resolve(document)
      : fetch(source).then(async (response) => new DOMParser().parseFromString(await response.text(), 'text/html')));

  let passage: Passage | undefined;
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    passage = selection ? selectedPassage(selection, lang) : undefined;
    button.togglePopover(passage !== undefined);
    if (passage) void originalDoc();
  });

  // A mouse click on the button must not end the selection it cites.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    if (!passage) return;
    const doc = await originalDoc();
    const section = passage.keys[0]!.replace(/-\d+$/, '');
    const cited = doc.querySelector<HTMLElement>(`details.cite-section[data-section="${section}"]`) ?? undefined;
    const base = ownCitation<Citation>(block, citationJson(doc.querySelector<HTMLElement>('.cite-this-page')!, cited));
    const quote = passageText(doc, passage, sourceLang, isSource ? undefined : { doc: document, lang });
    const transQuote = isSource ? undefined : passageText(document, passage, lang, { doc, lang: sourceLang });
    panel.querySelector('code')!.textContent = citeWeb({ ...base, quote, transQuote });
    panel.hidden = false;
    panel.querySelector<HTMLElement>('h3')!.focus();
  });
}
