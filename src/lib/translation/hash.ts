import { createHash } from 'node:crypto';

/** A short, stable fingerprint of a German source text (line endings and trailing space ignored). */
export function sourceHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}
