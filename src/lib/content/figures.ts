/**
 * Finds the numbers in German and English prose and compares them by value, so that a
 * German figure must reappear, correctly converted, in the translation
 * ("3,5 Billionen" = 3.5 trillion, not 3.5 billion; "10.000" = 10,000).
 */

export interface Figure {
  /** The number as written, including its scale word. */
  raw: string;
  value: number;
}

interface NumberStyle {
  number: RegExp;
  scales: Record<string, number>;
  parse(digits: string): number;
}

const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}])`;

const german: NumberStyle = {
  // 10.000 | 5,6 | 2.0 (a version number) | 2023
  number: new RegExp(
    `${BOUNDARY_BEFORE}(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+\\.\\d{1,2}(?!\\d)|\\d+(?:,\\d+)?)${BOUNDARY_AFTER}` +
      String.raw`(?:\s*(Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Billionen|Billion|Tausend)(?![\p{L}]))?`,
    'gu',
  ),
  scales: {
    tausend: 1e3,
    million: 1e6,
    millionen: 1e6,
    'mio.': 1e6,
    milliarde: 1e9,
    milliarden: 1e9,
    'mrd.': 1e9,
    billion: 1e12,
    billionen: 1e12,
  },
  parse: (digits) =>
    /^\d+\.\d{1,2}$/.test(digits) ? Number(digits) : Number(digits.replace(/\./g, '').replace(',', '.')),
};

const english: NumberStyle = {
  // 10,000 | 5.6 | 2023
  number: new RegExp(
    `${BOUNDARY_BEFORE}(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)${BOUNDARY_AFTER}` +
      String.raw`(?:\s*(thousand|million|billion|trillion)(?![\p{L}]))?`,
    'giu',
  ),
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  parse: (digits) => Number(digits.replace(/,/g, '')),
};

function extract(text: string, style: NumberStyle): Figure[] {
  return [...text.matchAll(style.number)].map((match) => {
    const [raw, digits = '', scale] = match;
    const factor = scale ? (style.scales[scale.toLowerCase()] ?? 1) : 1;
    return { raw: raw.trim(), value: style.parse(digits) * factor };
  });
}

export const germanFigures = (text: string): Figure[] => extract(text, german);
export const englishFigures = (text: string): Figure[] => extract(text, english);

const valueKey = (value: number) => value.toPrecision(12);

/** German figures that the English text lacks (each occurrence must be matched once). */
export function missingFigures(germanText: string, englishText: string): Figure[] {
  const available = new Map<string, number>();
  for (const { value } of englishFigures(englishText)) {
    available.set(valueKey(value), (available.get(valueKey(value)) ?? 0) + 1);
  }
  return germanFigures(germanText).filter(({ value }) => {
    const left = available.get(valueKey(value)) ?? 0;
    if (left === 0) return true;
    available.set(valueKey(value), left - 1);
    return false;
  });
}
