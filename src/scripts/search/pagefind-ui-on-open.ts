/**
 * Starlight creates Pagefind's search UI when the browser is idle, on every page: 20 KiB of script
 * and its rendering work, for readers who may never search. astro.config.mjs points Starlight's
 * import of `@pagefind/default-ui` here; this creates the real UI when the search dialog first
 * opens, and fetches its script as soon as a pointer or the focus reaches a search button.
 */
type Options = { element: string } & Record<string, unknown>;

let script: Promise<typeof import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs')> | undefined;
const load = () => (script ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'));

export class PagefindUI {
  constructor(options: Options) {
    const root = document.querySelector<HTMLElement>(options.element);
    const dialog = root?.closest('dialog');
    if (!root || !dialog) return;
    for (const button of document.querySelectorAll('site-search button[data-open-modal], [data-search-entry]')) {
      button.addEventListener('pointerenter', load, { once: true });
      button.addEventListener('focus', load, { once: true });
    }
    const create = async () => {
      const { PagefindUI: Real } = await load();
      new Real(options);
      // Starlight focuses the field as the dialog opens, before it exists.
      root.querySelector('input')?.focus();
    };
    if (dialog.open) void create();
    else {
      new MutationObserver((_, observer) => {
        if (!dialog.open) return;
        observer.disconnect();
        void create();
      }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
    }
  }
}
