import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/glossary/matcher';

const deMatcher = createTermMatcher(
  [
    { id: 'export-controls', forms: ['Exportkontrolle', 'Exportbeschränkungen'] },
    { id: 'agi', forms: ['AGI', 'künstliche allgemeine Intelligenz'] },
    { id: 'moe', forms: ['MoE', 'Mixture of Experts', 'Mixture-of-Experts'] },
    { id: 'experts', forms: ['Experts'] },
    { id: 'a100', forms: ['A100', 'A100-Chips'] },
  ],
  'de',
);
const ids = (text: string) => deMatcher(text).map((m) => [m.id, m.text]);

describe('glossary term matching', () => {
  it('finds German inflected forms of an alias', () => {
    expect(ids('Die US-Exportkontrollen wirken. Eine Exportkontrolle.')).toEqual([
      ['export-controls', 'Exportkontrollen'],
      ['export-controls', 'Exportkontrolle'],
    ]);
  });

  it('matches whole words only: "AGI" never inside another word', () => {
    expect(ids('MAGIC, AGILE und Magier – aber AGI.')).toEqual([['agi', 'AGI']]);
  });

  it('keeps the case of abbreviations but not of ordinary words', () => {
    expect(ids('agi und moe, aber Künstliche Allgemeine Intelligenz')).toEqual([
      ['agi', 'Künstliche Allgemeine Intelligenz'],
    ]);
  });

  it('prefers the longest form at a position', () => {
    expect(ids('Die „Mixture-of-Experts“-Architektur und 10.000 A100-Chips')).toEqual([
      ['moe', 'Mixture-of-Experts'],
      ['a100', 'A100-Chips'],
    ]);
  });

  it('matches multi-word forms across line breaks', () => {
    expect(ids('eine Mixture of\nExperts')).toEqual([['moe', 'Mixture of\nExperts']]);
  });

  it('does not inflect in English', () => {
    const en = createTermMatcher([{ id: 'export-controls', forms: ['export control'] }], 'en');
    expect(en('export controls and export control').map((m) => m.text)).toEqual(['export control']);
  });
});
