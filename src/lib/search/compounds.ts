/**
 * Pagefind matches whole words (with stemming) and does not split German compounds, so a search
 * for "Kontrollen" would miss "Exportkontrollen". We add index-only hints: every long German word
 * whose tail (and head) is itself a word of the dossier is indexed under those parts as well.
 */

// Hyphenated words ("US-Exportkontrollen") are split at the hyphen first, as Pagefind does.
const WORD = /\p{L}+/gu;
const MIN_PART = 5;
const MIN_WORD = 2 * MIN_PART - 1;

/** The lower-case words of some texts: what counts as a "word of the dossier". */
export function vocabulary(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(WORD)) words.add(word.toLowerCase());
  return words;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Splits one word at the longest tail that is a known word; the head counts if it is known too (allowing a linking "s"). */
export function compoundParts(word: string, known: Set<string>): string[] {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD || lower.includes('-')) return [];
  for (let at = 3; at <= lower.length - MIN_PART; at++) {
    const tail = lower.slice(at);
    if (!known.has(tail)) continue;
    const head = lower.slice(0, at);
    const heads = [head, head.replace(/s$/, '')].filter((h) => h.length >= 4 && known.has(h));
    return [...heads.slice(0, 1), tail].map(capitalise);
  }
  return [];
}

/** The compound parts of every word in a German text, each once, in order of appearance. */
export function compoundHints(text: string, known: Set<string>): string[] {
  const hints = new Set<string>();
  for (const [word] of text.matchAll(WORD)) for (const part of compoundParts(word, known)) hints.add(part);
  return [...hints];
}
