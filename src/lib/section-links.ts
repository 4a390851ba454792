/** Starlight's heading wrapper, as Markdown and its `<AnchorHeading>` render it: heading, then anchor link. */
const HEADING = /(<div class="sl-heading-wrapper level-h([23])"\s*>\s*<h\2 id="([^"]+)"[^>]*>([\s\S]*?)<\/h\2>\s*<a class="sl-anchor-link"[\s\S]*?<\/a>)(\s*<\/div\s*>)/g;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Gives every H2/H3 heading a visible "Cite" link to its section's citation in the cite block,
 * after Starlight's anchor link. `label` is the visible text; `target(title)` completes it for
 * screen readers ("Cite" + "the section “…”").
 */
export function withSectionCiteLinks(html: string, label: string, target: (title: string) => string): string {
  return html.replace(HEADING, (_match, heading: string, _level: string, id: string, inner: string, close: string) => {
    const name = escapeHtml(target(plain(inner)));
    return `${heading}<a class="section-cite" href="#cite-s-${id}" data-pagefind-ignore>${escapeHtml(label)}<span class="sr-only"> ${name}</span></a>${close}`;
  });
}
