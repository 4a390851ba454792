import { createHash } from 'node:crypto';

/** A short, stable fingerprint of a German source text (line endings and trailing space ignored). */
export function sourceHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

/**
 * The fingerprint of a page's source file without its dates: a new `lastUpdated` or `published`
 * changes nothing a translation has to follow.
 */
export function pageSourceHash(file: string): string {
  return sourceHash(file.replace(/^---\n[\s\S]*?\n---/, (frontmatter) => frontmatter.replace(/^(published|lastUpdated):.*\n/gm, '')));
}
