/**
 * Makes a cite block's citations the reader's own: the access date becomes today, the address the
 * one the reader is on (a mirror, a staging host), and copy buttons appear.
 */
export function enableCitations(block: HTMLElement): void {
  const { lang = document.documentElement.lang, builtIso = '', builtText = '', builtRoot = '', base = '/', copied = '' } = block.dataset;
  const today = new Date();
  const iso = today.toISOString().slice(0, 10);
  const text = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(today);
  const root = new URL(base, location.origin).href;
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
  const { lang = document.documentElement.lang, builtRoot = '', base = '/' } = block.dataset;
  const citation = JSON.parse(json) as T;
  const today = new Date();
  return {
    ...citation,
    url: citation.url.replace(builtRoot, new URL(base, location.origin).href),
    accessDate: today.toISOString().slice(0, 10),
    accessDateText: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(today),
  };
}
