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
 * one the reader is on (a mirror, a staging host), and copy buttons appear.
 */
export function enableCitations(block: HTMLElement): void {
  const { builtIso = '', builtText = '', builtRoot = '', copied = '' } = block.dataset;
  const { iso, text, root } = readerView(block);
  for (const code of block.querySelectorAll('code')) {
    code.textContent = (code.textContent ?? '').replaceAll(builtIso, iso).replaceAll(builtText, text).replaceAll(builtRoot, root);
  }
  const status = block.querySelector('.cite-status')!;
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(document.getElementById(button.dataset.copy!)?.textContent ?? '');
      status.textContent = copied;
    });
  }
}

/** A citation as the page serialised it, with today as access date and the reader's address. */
export function ownCitation<T extends { url: string; accessDate: string; accessDateText: string }>(block: HTMLElement, json: string): T {
  const { builtRoot = '' } = block.dataset;
  const { iso, text, root } = readerView(block);
  const citation = JSON.parse(json) as T;
  return { ...citation, url: citation.url.replace(builtRoot, root), accessDate: iso, accessDateText: text };
}
