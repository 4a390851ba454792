import { createHash } from 'node:crypto';

/** A short, stable fingerprint of a German source text (line endings and trailing space ignored). */
export function sourceHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

/** A page's source file without its dates: a new `lastUpdated` or `published` changes nothing a translation has to follow. */
export function withoutDates(file: string): string {
  return file.replace(/^---\n[\s\S]*?\n---/, (frontmatter) => frontmatter.replace(/^(published|lastUpdated):.*\n/gm, ''));
}

/** The fingerprint a translation's stamp keeps of its German page. */
export const pageSourceHash = (file: string) => sourceHash(withoutDates(file));
