/**
 * Finds the numbers in prose and compares them by value, so that a figure of the source must
 * reappear, correctly converted, in a translation ("3,5 Billionen" = 3.5 trillion = 3.5万亿, not
 * 3.5 billion; "10.000" = 10,000 = 1万). How a language writes numbers comes from
 * src/languages.json: its decimal and group separators and its scale words.
 */
import type { Language } from '../languages';

export type NumberFormat = Language['numbers'];

export interface Figure {
  /** The number as written, including its scale word. */
  raw: string;
  value: number;
  /**
   * A bare number that opens a range may carry the range's scale word ("570 bis 580 Milliarden"
   * = 570 billion, which Chinese writes "5700亿至5800亿"): the value with that scale.
   */
  rangeValue?: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Not glued to a cased letter or a digit ("A100", "V3", "GPT-4o"). Scripts without spaces between
// words (Han is \p{Lo}) may touch a number: "近6000亿美元", "2025年1月20日".
const BOUNDARY = String.raw`\p{Lu}\p{Ll}\p{N}`;
// A version number is written with a point everywhere: "2.0" in German is not two thousand.
const VERSION = String.raw`\d+\.\d{1,2}(?!\d)`;
// What joins the two numbers of a range: a dash or one short word ("bis", "auf", "to", "至"), so
// that "2019 etwa 10 Milliarden" is no range.
const RANGE_GAP = /^\s*(?:[-–—~]|\p{L}{1,3})\s*$/u;

/** The number pattern of a format: (grouped | version | plain number) + an optional scale word. */
function patternOf(format: NumberFormat): RegExp {
  const [group, decimal] = [escape(format.group), escape(format.decimal)];
  const scales = Object.keys(format.scales)
    .sort((a, b) => b.length - a.length) // "万亿" before "万"
    // A word of a spaced script ends at a word end ("Millionenbereich" is no scale); "亿美元" needs none.
    .map((word) => escape(word) + (/[\p{Lu}\p{Ll}]$/u.test(word) ? String.raw`(?!\p{L})` : ''));
  return new RegExp(
    `(?<![${BOUNDARY}])(?:(\\d{1,3}(?:${group}\\d{3})+(?:${decimal}\\d+)?)|(${VERSION})|(\\d+(?:${decimal}\\d+)?))(?![${BOUNDARY}])` +
      (scales.length ? `(?:\\s*(${scales.join('|')}))?` : ''),
    'giu',
  );
}

/** The figures of a text in order, each with the value of its number times its scale word. */
export function figuresIn(text: string, format: NumberFormat): Figure[] {
  const scaleOf = new Map(Object.entries(format.scales).map(([word, value]) => [word.toLowerCase(), value]));
  const matches = [...text.matchAll(patternOf(format))];
  return matches.map((match, i) => {
    const [raw, grouped, version, plain, scale] = match;
    const number = version
      ? Number(version)
      : Number((grouped ?? plain ?? '').split(format.group).join('').replace(format.decimal, '.'));
    const figure: Figure = { raw: raw.trim(), value: number * (scale ? (scaleOf.get(scale.toLowerCase()) ?? 1) : 1) };
    const next = matches[i + 1];
    const nextScale = next?.[4] && scaleOf.get(next[4].toLowerCase());
    if (!scale && next && nextScale && RANGE_GAP.test(text.slice(match.index + raw.length, next.index))) {
      figure.rangeValue = number * nextScale;
    }
    return figure;
  });
}

const valueKey = (value: number) => value.toPrecision(12);

/** Source figures that the translation lacks (each occurrence must be matched once). */
export function missingFigures(
  sourceText: string,
  sourceFormat: NumberFormat,
  translationText: string,
  translationFormat: NumberFormat,
): Figure[] {
  const available = new Map<string, number>();
  for (const { value } of figuresIn(translationText, translationFormat)) {
    available.set(valueKey(value), (available.get(valueKey(value)) ?? 0) + 1);
  }
  const take = (value: number | undefined) => {
    const key = value === undefined ? '' : valueKey(value);
    const left = available.get(key) ?? 0;
    if (left > 0) available.set(key, left - 1);
    return left > 0;
  };
  // Exact values first, so that a range's alternative value cannot take another figure's match.
  return figuresIn(sourceText, sourceFormat)
    .filter(({ value }) => !take(value))
    .filter(({ rangeValue }) => !take(rangeValue));
}
