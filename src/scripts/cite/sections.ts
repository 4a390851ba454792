import { bibtex, citeWeb, markdown, plainText, type Citation } from '~/lib/citation';
import { citationJson, enableCopy, makeOwn, ownCitation } from './copy';

const formats: Record<string, (c: Citation, key: string) => string> = { markdown, text: plainText, bibtex };

/**
 * A section's citation, completed when it is first opened: the reader's date and address, and the
 * formats beyond {{cite web}} (the HTML carries {{cite web}} only, to keep pages light).
 */
function completeOnOpen(block: HTMLElement, details: HTMLDetailsElement) {
  const complete = () => {
    if (!details.open || details.dataset.complete !== undefined) return;
    details.dataset.complete = '';
    const citation = ownCitation<Citation>(block, citationJson(block, details));
    makeOwn(block, details.querySelectorAll('p code'));
    const wiki = details.querySelector('pre code');
    if (wiki) wiki.textContent = citeWeb(citation);
    const list = details.querySelector('dl')!;
    const idPrefix = `cite-s-${details.dataset.section}-`;
    for (const { id, label, copy } of JSON.parse(block.dataset.formats ?? '[]') as { id: string; label: string; copy: string }[]) {
      const term = document.createElement('dt');
      term.textContent = label;
      const pre = document.createElement('pre');
      pre.id = `${idPrefix}${id}-text`;
      pre.append(Object.assign(document.createElement('code'), { textContent: formats[id]!(citation, block.dataset.bibtexKey ?? '') }));
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'cite-copy', textContent: copy });
      button.dataset.copy = pre.id;
      enableCopy(block, button);
      const description = document.createElement('dd');
      description.append(pre, button);
      list.append(term, description);
    }
  };
  details.addEventListener('toggle', complete);
  complete();
}

/**
 * A reader who arrives at a section (`…/markets/#nvidia`) most likely wants to cite that section:
 * its citation moves to the top of the cite block, open. A link to a section's citation
 * (`#cite-s-nvidia`) opens it.
 */
export function offerSectionCitation(block: HTMLElement): void {
  const list = block.querySelector<HTMLElement>('.cite-section-list');
  if (!list) return;
  for (const details of block.querySelectorAll<HTMLDetailsElement>('details.cite-section')) completeOnOpen(block, details);
  const show = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = document.getElementById(id)?.closest('details.cite-section');
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      return;
    }
    const section = [...block.querySelectorAll<HTMLDetailsElement>('details.cite-section')].find((details) => details.dataset.section === id);
    if (!section) return;
    section.open = true;
    block.querySelector('.cite-intro')!.after(section);
    section.classList.add('cite-section-first');
  };
  show();
  window.addEventListener('hashchange', show);
}
