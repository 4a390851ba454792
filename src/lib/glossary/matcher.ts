/**
 * Finds mentions of glossary terms in running text, from their labels and aliases.
 * Whole words only where words are written apart: "AGI" never inside "MAGIC", "H800" never
 * inside "H8000". Chinese has no spaces, so a Han form matches anywhere in Han text
 * ("混合专家模型" in "采用混合专家模型架构") and Han characters next to a Latin form do not
 * hide it ("使用H800芯片"). Abbreviations such as "AGI" or "MoE" match their exact case;
 * forms may carry one of the language's inflection endings ("Exportkontrolle" also finds
 * "Exportkontrollen").
 */

import type { Language } from '../languages';

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

export type TermMatcher = (text: string) => Mention[];

/**
 * A letter or digit of words written apart: cased letters (\p{LC} = Lu, Ll, Lt: Latin, Greek,
 * Cyrillic) and digits. Han characters are uncased (\p{Lo}), so they never extend a Latin word.
 * \p{LC} rather than \p{Lu}\p{Ll}: V8 builds it two to three times faster under /iu.
 */
const WORD_CHAR = '[\\p{LC}\\p{N}]';
const startsWord = new RegExp(`^${WORD_CHAR}`, 'u');
const endsWord = new RegExp(`${WORD_CHAR}$`, 'u');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAbbreviation = (form: string) => (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

function patternFor(form: string, endings: string): RegExp {
  const inflects = endings !== '' && form.length >= 4 && /\p{Ll}$/u.test(form);
  const body = escape(form).replace(/\\?[ -]/g, (sep) => (sep.trim() === '' ? '\\s+' : '[-\\u2011]'));
  // A boundary only on a side where the form ends in a word character: a Han edge may touch anything.
  const before = startsWord.test(form) ? `(?<!${WORD_CHAR})` : '';
  const after = endsWord.test(form) ? `(?!${WORD_CHAR})` : '';
  return new RegExp(`${before}${body}${inflects ? endings : ''}${after}`, isAbbreviation(form) ? 'gu' : 'giu');
}

/**
 * Index keys: the first four characters of a run of word characters, or a single letter of an
 * uncased script (a Han character), since Han text has no words to cut. A form can only match
 * where the text has the key of the form's first token.
 */
const TOKEN = new RegExp(`${WORD_CHAR}+|\\p{L}`, 'gu');
const keyOf = (token: string) => token.toLowerCase().slice(0, 4);

export function createTermMatcher(terms: TermForms[], language: Pick<Language, 'inflections'>): TermMatcher {
  const endings = language.inflections.length > 0 ? `(?:${language.inflections.map(escape).join('|')})?` : '';
  // Patterns grouped by the key of their first token: a text is only tried against the patterns
  // whose key it contains, so matching cost follows the text, not the size of the glossary.
  const byKey = new Map<string, { id: string; pattern: RegExp }[]>();
  for (const { id, forms } of terms) {
    for (const form of forms) {
      const key = keyOf(form.match(TOKEN)?.[0] ?? form);
      byKey.set(key, [...(byKey.get(key) ?? []), { id, pattern: patternFor(form, endings) }]);
    }
  }
  return (text) => {
    const keys = new Set(Array.from(text.matchAll(TOKEN), ([token]) => keyOf(token)));
    const patterns = [...keys].flatMap((key) => byKey.get(key) ?? []);
    const candidates = patterns.flatMap(({ id, pattern }) =>
      [...text.matchAll(pattern)].map((m) => ({ id, start: m.index, end: m.index + m[0].length, text: m[0] })),
    );
    // Earliest first, then longest: "Mixture-of-Experts-Architektur" beats "Experts", "混合专家模型" beats "专家".
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    for (const candidate of candidates) {
      const last = mentions.at(-1);
      if (!last || candidate.start >= last.end) mentions.push(candidate);
    }
    return mentions;
  };
}
