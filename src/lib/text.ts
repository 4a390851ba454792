/**
 * Shortens a text for `description` (at most `max` characters): the first sentence if it fits,
 * otherwise whole words with an ellipsis, so previews never end mid-word.
 */
export function summary(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentence = /^.+?[.!?](?=\s)/.exec(clean)?.[0];
  if (sentence && sentence.length <= max) return sentence;
  const cut = clean.slice(0, max); // one more than fits, to see whether the last word is complete
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–-]+$/, '')}…`;
}
