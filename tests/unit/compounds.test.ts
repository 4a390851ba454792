import { describe, expect, it } from 'vitest';
import { compoundHints, compoundParts, vocabulary } from '../../src/lib/search/compounds';

const known = vocabulary(['Die Kontrollen, neue Beschränkungen und Hersteller von Halbleiter-Chips. Export ist wichtig.']);

describe('German compound hints for search', () => {
  it('splits a compound whose tail is a word of the dossier', () => {
    expect(compoundParts('Exportkontrollen', known)).toEqual(['Export', 'Kontrollen']);
    expect(compoundParts('Exportbeschränkungen', known)).toEqual(['Export', 'Beschränkungen']);
  });

  it('keeps the tail even when the head is not a known word on its own', () => {
    expect(compoundParts('Chipbeschränkungen', known)).toEqual(['Beschränkungen']);
    expect(compoundParts('Halbleiterhersteller', vocabulary(['Hersteller']))).toEqual(['Hersteller']);
  });

  it('leaves short words, hyphenated words and words without a known tail alone', () => {
    expect(compoundParts('Kontrollen', known)).toEqual([]);
    expect(compoundParts('Unternehmensstrategie', known)).toEqual([]);
  });

  it('splits the parts of hyphenated words as well', () => {
    expect(compoundHints('Die US-Exportkontrollen', known)).toEqual(['Export', 'Kontrollen']);
  });

  it('collects the parts of a whole text once each', () => {
    expect(compoundHints('Exportkontrollen und Exportbeschränkungen; wieder Exportkontrollen.', known)).toEqual([
      'Export',
      'Kontrollen',
      'Beschränkungen',
    ]);
  });
});
