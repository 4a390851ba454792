/** Today, as citations write it in the block's language, and the site's root on the address the reader is on. */
function readerView(block: HTMLElement) {
  const { lang = document.documentElement.lang, base = '/' } = block.dataset;
  const today = new Date();
  return {
    iso: today.toISOString().slice(0, 10),
    text: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(today),
    root: new URL(base, location.origin).href,
  };
}

/**
 * Makes a cite block's citations the reader's own: the access date becomes today, the address the
 * one the reader is on (a mirror, a staging host), and copy buttons appear. Today's date in the
 * reader's language takes the page's first Intl date format, about 50 ms of main thread: it is
 * made when the block comes near the screen or a copy button is used, not while the page loads.
 */
export function enableCitations(block: HTMLElement): void {
  let own = false;
  const makeBlockOwn = () => {
    if (own) return;
    own = true;
    makeOwn(block, block.querySelectorAll(':scope > .cite-format code'));
  };
  const nearScreen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      nearScreen.disconnect();
      makeBlockOwn();
    },
    { rootMargin: '50% 0px' },
  );
  nearScreen.observe(block);
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) enableCopy(block, button, makeBlockOwn);
}

/** The access date and address in some citations' text become the reader's. */
export function makeOwn(block: HTMLElement, codes: Iterable<Element>): void {
  const { builtIso = '', builtText = '', builtRoot = '' } = block.dataset;
  const { iso, text, root } = readerView(block);
  for (const code of codes) code.textContent = (code.textContent ?? '').replaceAll(builtIso, iso).replaceAll(builtText, text).replaceAll(builtRoot, root);
}

/** A copy button copies the text of the element it names (once `ready` has made it the reader's), and says so. */
export function enableCopy(block: HTMLElement, button: HTMLButtonElement, ready?: () => void): void {
  button.hidden = false;
  button.addEventListener('click', async () => {
    ready?.();
    await navigator.clipboard.writeText(document.getElementById(button.dataset.copy!)?.textContent ?? '');
    block.querySelector('.cite-status')!.textContent = block.dataset.copied ?? '';
  });
}

/** A page's citation (`data-citation` of its cite block), with a section's fields (its `data-citation`) over it. */
export const citationJson = (pageBlock: HTMLElement, section?: HTMLElement): string =>
  JSON.stringify({ ...JSON.parse(pageBlock.dataset.citation!), ...JSON.parse(section?.dataset.citation ?? '{}') });

/** A citation as the page serialised it, with today as access date and the reader's address. */
export function ownCitation<T extends { url: string; accessDate: string; accessDateText: string }>(block: HTMLElement, json: string): T {
  const { builtRoot = '' } = block.dataset;
  const { iso, text, root } = readerView(block);
  const citation = JSON.parse(json) as T;
  return { ...citation, url: citation.url.replace(builtRoot, root), accessDate: iso, accessDateText: text };
}
