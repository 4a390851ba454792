import { proseOf, splitFrontmatter } from '../content/frontmatter';
import { extractSections } from '../content/sections';
import type { TermMatcher } from './matcher';

export interface PageSection {
  /** Section key, or undefined for the text before the first heading. */
  key: string | undefined;
  heading: string | undefined;
  text: string;
}

/** Cuts a Markdown body into its H2 sections (the lead comes first, without key). */
export function splitSections(markdown: string): PageSection[] {
  const { body } = splitFrontmatter(markdown);
  const lines = body.split(/\r?\n/);
  const starts = extractSections(body).filter((s) => s.level === 2);
  const bounds = [{ line: 1, key: undefined, heading: undefined }, ...starts.map((s) => ({ line: s.line, key: s.key, heading: s.text }))];
  return bounds
    .map((bound, i) => ({
      key: bound.key,
      heading: bound.heading,
      text: proseOf(lines.slice(bound.line - 1, (bounds[i + 1]?.line ?? lines.length + 1) - 1).join('\n')),
    }))
    .filter((section) => section.text.trim() !== '');
}

/** For each term mentioned on a page, the sections that mention it, in page order: one pass over the text. */
export function sectionsByTerm(sections: PageSection[], matcher: TermMatcher): Map<string, PageSection[]> {
  const byTerm = new Map<string, PageSection[]>();
  for (const section of sections) {
    for (const id of new Set(matcher(section.text).map((m) => m.id))) byTerm.set(id, [...(byTerm.get(id) ?? []), section]);
  }
  return byTerm;
}
