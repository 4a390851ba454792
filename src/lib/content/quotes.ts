/**
 * Quotation consistency: a quotation must read the same on every page that gives it.
 *
 * A glossary entry, a topic page or an editor's note that quotes an article must use the
 * article's words. The check finds quotations (German „…“, English “…”) of at least three
 * words and looks for the same passage, with a word or two different, on the other pages of
 * the same language:
 *
 * - A quotation that occurs word for word in an original (a `source` page: the author's text
 *   of an article, a seed) is faithful, whatever other pages say.
 * - A quotation that is not found in any original, but an original has it with a word or two
 *   different, is a misquotation: “DeepSeek puts Meta in a panic” where the article has
 *   “DeepSeek throws Meta into a panic”.
 * - A quotation found in no original that another (non-source) page quotes with a word or two
 *   different: the two pages disagree, and one wording must go.
 *
 * Originals are never checked against each other: two articles may translate the same quote
 * differently, and an editor's note may quote the wording of the seed the curated text repaired.
 * Words are compared by a crude stem (inflection such as „erstklassige“/„erstklassigen“ is not a
 * variant) and case-insensitively, so that a quotation may be fitted into a sentence.
 */
import { languageOf } from '../languages';
import type { ContentProblem } from './integrity';

export interface QuotePage {
  /** The file, as it should be reported (e.g. `src/content/glossary/meta.yaml`). */
  file: string;
  /** Language code: quotations are compared within one language only. */
  lang: string;
  /** The prose to search (Markdown link targets and JSX tags are ignored). */
  text: string;
  /** Where in the file the text stands, e.g. `explanation.en` (default `(body)`). */
  field?: string;
  /** An original whose wording the other pages quote: an article’s own text, a seed. */
  source?: boolean;
}

export interface QuoteProblem extends ContentProblem {
  /** The quotation as the page gives it. */
  quote: string;
  /** The differing wording found on the other page. */
  variant: string;
  /** The page that has the differing wording. */
  variantFile: string;
}

export interface QuoteOptions {
  /** Shortest quotation (in words; hyphenated words count per part) that is checked. Default 3. */
  minWords?: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A language's quotations, in its quotation marks (src/languages.json): German „…“, English “…”. */
function quotationPattern(lang: string): RegExp {
  const [open, close] = languageOf(lang).quotes.map(escapeRegExp);
  return new RegExp(`${open}([^${open}${close}\\n]+)${close}`, 'g');
}

interface Token {
  stem: string;
  start: number;
  end: number;
}

interface Tokenised {
  text: string;
  tokens: Token[];
  positions: Map<string, number[]>;
}

interface Quotation {
  raw: string;
  tokens: Token[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Lower case, one apostrophe, no possessive 's, and a crude inflection-insensitive stem. */
function stemOf(word: string, lang: string): string {
  const base = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  for (const ending of languageOf(lang).stemEndings) {
    if (base.endsWith(ending) && base.length - ending.length >= 3) return base.slice(0, -ending.length);
  }
  return base;
}

/** Removes what is not read: link targets, JSX tags, heading ids. Keeps offsets meaningful by blanking. */
function readable(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return text
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\{#[^}]*\}/g, blank);
}

function tokenise(text: string, lang: string): Tokenised {
  const tokens = [...text.matchAll(WORD)].map((m) => ({
    stem: stemOf(m[0], lang),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token.stem);
    if (list) list.push(i);
    else positions.set(token.stem, [i]);
  });
  return { text, tokens, positions };
}

/** The quotations of a text in its language’s quotation marks, tokenised. */
export function quotationsOf(text: string, lang: string): { raw: string; words: string[] }[] {
  return extractQuotations(readable(text), lang).map((q) => ({ raw: q.raw, words: q.tokens.map((t) => t.stem) }));
}

function extractQuotations(text: string, lang: string): Quotation[] {
  const pattern = quotationPattern(lang);
  return (
    [...text.matchAll(pattern)]
      // “Nachzügler” (“latecomer”): a quotation in brackets right after another one translates
      // it; it renders that wording, not a passage of this language’s pages.
      .filter((m) => !GLOSS_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)))
      .map((m) => {
        const raw = (m[1] ?? '').trim();
        return { raw, tokens: tokenise(raw, lang).tokens };
      })
  );
}

const GLOSS_BEFORE = /[”“]\s*\($/;

/** How many words may differ (substituted, added or missing) for a quotation of n words. */
function allowedEdits(n: number): number {
  return n < 6 ? 1 : Math.floor(n / 3);
}

interface Match {
  distance: number;
  from: number;
  to: number; // exclusive, token index in the searched text
}

/**
 * The best approximate occurrence of `needle` (stems) in `hay.tokens[lo, hi)`: token-level
 * edit distance with a free start and end in the haystack.
 */
function bestMatchIn(needle: string[], hay: Token[], lo: number, hi: number): Match | undefined {
  const width = hi - lo;
  if (width <= 0) return undefined;
  // prev[j]: distance of needle[0..i) against hay[lo+start .. lo+j), start[j] remembered.
  let prev = new Array<number>(width + 1).fill(0);
  let prevStart = Array.from({ length: width + 1 }, (_, j) => j);
  for (let i = 1; i <= needle.length; i++) {
    const cur = new Array<number>(width + 1);
    const curStart = new Array<number>(width + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= width; j++) {
      const same = needle[i - 1] === hay[lo + j - 1]!.stem;
      const diagonal = prev[j - 1]! + (same ? 0 : 1);
      const up = prev[j]! + 1; // needle word missing from the haystack
      const left = cur[j - 1]! + 1; // extra word in the haystack
      if (diagonal <= up && diagonal <= left) {
        cur[j] = diagonal;
        curStart[j] = prevStart[j - 1]!;
      } else if (up <= left) {
        cur[j] = up;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = left;
        curStart[j] = curStart[j - 1]!;
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let best: Match | undefined;
  for (let j = 1; j <= width; j++) {
    const distance = prev[j]!;
    const from = lo + prevStart[j]!;
    const to = lo + j;
    if (to <= from) continue;
    // Prefer the smallest distance, then the match closest in length to the needle.
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && Math.abs(to - from - needle.length) < Math.abs(best.to - best.from - needle.length))
    ) {
      best = { distance, from, to };
    }
  }
  return best;
}

const SHORT = 4;

/** The words of each side that the other lacks (as multisets). */
function differingWords(a: string[], b: string[]): string[] {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const word of a) {
    const i = rest.indexOf(word);
    if (i >= 0) rest.splice(i, 1);
    else onlyA.push(word);
  }
  return [...onlyA, ...rest];
}

/** Whether `needle` occurs word for word (by stem) in the text. */
function occursIn(needle: string[], hay: Tokenised): boolean {
  const first = hay.positions.get(needle[0]!) ?? [];
  return first.some((p) => needle.every((stem, i) => hay.tokens[p + i]?.stem === stem));
}

/**
 * A near variant of `needle` in the text: same passage with at most `allowedEdits` words
 * different, anchored at its first or last word (a three-word quotation at both), and not
 * identical. Returns the variant as written in the text.
 */
function variantIn(needle: string[], hay: Tokenised): { raw: string; distance: number } | undefined {
  const n = needle.length;
  const k = allowedEdits(n);
  // Pigeonhole: with at most k words changed, one of any k+1 needle words survives. Anchor on
  // the k+1 rarest ones.
  const anchors = needle
    .map((stem, i) => ({ i, count: hay.positions.get(stem)?.length ?? 0 }))
    .sort((a, b) => a.count - b.count)
    .slice(0, k + 1);
  const regions = new Set<number>();
  let best: Match | undefined;
  for (const { i } of anchors) {
    for (const p of hay.positions.get(needle[i]!) ?? []) {
      const lo = Math.max(0, p - i - k);
      if (regions.has(lo)) continue;
      regions.add(lo);
      const hi = Math.min(hay.tokens.length, p - i + n + k);
      const match = bestMatchIn(needle, hay.tokens, lo, hi);
      if (!match || match.distance === 0 || match.distance > k) continue;
      const words = hay.tokens.slice(match.from, match.to).map((t) => t.stem);
      const anchoredStart = words[0] === needle[0];
      const anchoredEnd = words[words.length - 1] === needle[n - 1];
      if (n <= 3 ? !(anchoredStart && anchoredEnd && words.length === n) : !(anchoredStart || anchoredEnd)) continue;
      // In a short quotation, a different article or preposition (“tens of millions” beside
      // “tens von Millionen”) is not evidence of the same passage; a different content word is.
      if (n <= SHORT && differingWords(needle, words).every((w) => w.length < 4)) continue;
      if (!best || match.distance < best.distance) best = match;
    }
  }
  if (!best) return undefined;
  return { raw: hay.text.slice(hay.tokens[best.from]!.start, hay.tokens[best.to - 1]!.end), distance: best.distance };
}

/**
 * Quotations that appear on several pages of one language in differing wordings.
 * Each problem names the page with the quotation, the quotation, the differing wording and
 * the page that has it.
 */
export function inconsistentQuotes(pages: QuotePage[], options: QuoteOptions = {}): QuoteProblem[] {
  const minWords = options.minWords ?? 3;
  const problems: QuoteProblem[] = [];
  const seen = new Set<string>();
  const langs = [...new Set(pages.map((p) => p.lang))];

  for (const lang of langs) {
    const inLang = pages.filter((p) => p.lang === lang);
    const prepared = inLang.map((page) => {
      const text = readable(page.text);
      return {
        page,
        hay: tokenise(text, lang),
        quotations: extractQuotations(text, lang).filter((q) => q.tokens.length >= minWords),
      };
    });
    const sources = prepared.filter((p) => p.page.source);
    const quoting = prepared.filter((p) => !p.page.source);
    // Between non-source pages only quotations are compared: their own prose may paraphrase.
    const quotedBy = quoting.map((p) => ({ page: p.page, quotes: p.quotations.map((q) => tokenise(q.raw, lang)) }));

    for (const [index, { page, quotations }] of quoting.entries()) {
      for (const quotation of quotations) {
        const words = quotation.tokens.map((t) => t.stem);
        if (sources.some((s) => occursIn(words, s.hay))) continue;
        const report = (variant: string, variantFile: string, fromSource: boolean) => {
          const key = [page.file, page.field, quotation.raw, variantFile, variant].join('\u0000');
          if (seen.has(key)) return;
          seen.add(key);
          problems.push({
            file: page.file,
            field: page.field ?? '(body)',
            message: fromSource
              ? `quotes “${quotation.raw}”, but the original in ${variantFile} reads “${variant}”`
              : `quotes “${quotation.raw}”, but ${variantFile} quotes the same passage as “${variant}”`,
            fix: fromSource
              ? `quote the original word for word: “${variant}”`
              : `give the quotation one wording on both pages (or quote the original it comes from word for word)`,
            quote: quotation.raw,
            variant,
            variantFile,
          });
        };
        let fromSources = false;
        for (const source of sources) {
          const variant = variantIn(words, source.hay);
          if (!variant) continue;
          fromSources = true;
          report(variant.raw, source.page.file, true);
        }
        if (fromSources) continue;
        for (const [other, { page: otherPage, quotes }] of quotedBy.entries()) {
          if (other === index || (otherPage.file === page.file && otherPage.field === page.field)) continue;
          // The same quotation, or one quoting more or less of the same passage: no conflict.
          const own = tokenise(quotation.raw, lang);
          if (quotes.some((q) => occursIn(words, q) || occursIn(q.tokens.map((t) => t.stem), own))) continue;
          for (const q of quotes) {
            const variant = variantIn(words, q);
            if (variant) report(variant.raw, otherPage.file, false);
          }
        }
      }
    }
  }
  return problems;
}
