/** Characters that take two columns on screen: Chinese, Japanese, Korean and their full-width punctuation. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** Display width, so that a Chinese summary is as long on screen as a Latin one of the same `max`. */
const width = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/**
 * Shortens a text for `description` (at most `max` columns): the first sentence if it fits,
 * otherwise whole words with an ellipsis, so previews never end mid-word. Chinese has no spaces:
 * it may be cut after any character.
 */
export function summary(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (width(clean) <= max) return clean;
  const sentence = /^.+?(?:[.!?](?=\s)|[。！？])/u.exec(clean)?.[0];
  if (sentence && width(sentence) <= max) return sentence;
  let cut = ''; // what fits beside the ellipsis
  for (const char of clean) {
    if (width(cut + char) > max - 1) break;
    cut += char;
  }
  const next = clean.charAt(cut.length);
  const wordEnds = next === ' ' || WIDE.test(next) || WIDE.test(cut.at(-1) ?? '');
  return `${(wordEnds ? cut : cut.slice(0, cut.lastIndexOf(' '))).replace(/[\s,;:–\-，、；：]+$/u, '')}…`;
}
