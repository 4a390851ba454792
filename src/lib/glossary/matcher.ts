/**
 * Finds mentions of glossary terms in running text, from their labels and aliases.
 * Whole words only ("AGI" never inside another word); abbreviations such as "AGI" or
 * "MoE" match their exact case; German forms may carry an inflection ending
 * ("Exportkontrolle" also finds "Exportkontrollen").
 */

export type Lang = 'de' | 'en';

export interface TermForms {
  id: string;
  forms: string[];
}

export interface Mention {
  id: string;
  start: number;
  end: number;
  text: string;
}

const GERMAN_ENDINGS = '(?:e|n|en|s|es|er|ern)?';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAbbreviation = (form: string) => (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

function patternFor(form: string, lang: Lang): RegExp {
  const inflects = lang === 'de' && form.length >= 4 && /\p{Ll}$/u.test(form);
  const body = escape(form).replace(/\\?[ -]/g, (sep) => (sep.trim() === '' ? '\\s+' : '[-\\u2011]'));
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${body}${inflects ? GERMAN_ENDINGS : ''}(?![\\p{L}\\p{N}])`,
    isAbbreviation(form) ? 'gu' : 'giu',
  );
}

export type TermMatcher = (text: string) => Mention[];

const WORD = /[\p{L}\p{N}]+/gu;
/** A form can only match where a word of the text starts like the form's first word. */
const keyOf = (word: string) => word.toLowerCase().slice(0, 4);

export function createTermMatcher(terms: TermForms[], lang: Lang): TermMatcher {
  // Patterns grouped by the start of their first word: a text is only tried against the patterns
  // whose first word it contains, so matching cost follows the text, not the size of the glossary.
  const byKey = new Map<string, { id: string; pattern: RegExp }[]>();
  for (const { id, forms } of terms) {
    for (const form of forms) {
      const key = keyOf(form.match(WORD)?.[0] ?? form);
      byKey.set(key, [...(byKey.get(key) ?? []), { id, pattern: patternFor(form, lang) }]);
    }
  }
  return (text) => {
    const keys = new Set((text.match(WORD) ?? []).map(keyOf));
    const patterns = [...keys].flatMap((key) => byKey.get(key) ?? []);
    const candidates = patterns.flatMap(({ id, pattern }) =>
      [...text.matchAll(pattern)].map((m) => ({ id, start: m.index, end: m.index + m[0].length, text: m[0] })),
    );
    // Earliest first, then longest: "Mixture-of-Experts-Architektur" beats "Experts".
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    for (const candidate of candidates) {
      const last = mentions.at(-1);
      if (!last || candidate.start >= last.end) mentions.push(candidate);
    }
    return mentions;
  };
}
