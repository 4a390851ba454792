/**
 * A reader who arrives at a section (`…/markets/#nvidia`) most likely wants to cite that section:
 * its citation moves to the top of the cite block, open. A link to a section's citation
 * (`#cite-s-nvidia`) opens it.
 */
export function offerSectionCitation(block: HTMLElement): void {
  const list = block.querySelector<HTMLElement>('.cite-section-list');
  if (!list) return;
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
