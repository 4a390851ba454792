import { describe, expect, it } from 'vitest';
import { englishFigures, germanFigures, missingFigures } from '../../src/lib/content/figures';

const values = (figures: { value: number }[]) => figures.map((f) => f.value);

describe('germanFigures', () => {
  it('reads thousands dots, decimal commas and scale words', () => {
    expect(values(germanFigures('ein Lager von 10.000 Chips, rund 5,6 Millionen Dollar, 3,5 Billionen, 600 Milliarden'))).toEqual([
      10_000, 5.6e6, 3.5e12, 600e9,
    ]);
  });

  it('reads dates, years and percentages, and ignores digits inside names', () => {
    expect(values(germanFigures('Am 4. Juni 1989 fiel der Kurs um 17% – die A100-Chips und GPT-4o nicht'))).toEqual([4, 1989, 17]);
  });

  it('reads a version number like "2.0" as one figure', () => {
    expect(values(germanFigures('Chinas Innovation 2.0'))).toEqual([2]);
  });
});

describe('englishFigures', () => {
  it('reads thousands commas, decimal points and scale words', () => {
    expect(values(englishFigures('10,000 chips, about US$5.6 million, 3.5 trillion, 600 billion dollars'))).toEqual([
      10_000, 5.6e6, 3.5e12, 600e9,
    ]);
  });
});

describe('missingFigures', () => {
  it('accepts a correct translation', () => {
    expect(missingFigures('von 3,5 Billionen auf 2,9 Billionen Dollar', 'from 3.5 trillion to 2.9 trillion dollars')).toEqual([]);
  });

  it('catches "3,5 Billionen" rendered as "3.5 billion"', () => {
    const missing = missingFigures('von 3,5 Billionen auf 2,9 Billionen Dollar', 'from 3.5 billion to 2.9 trillion dollars');
    expect(missing.map((f) => f.raw)).toEqual(['3,5 Billionen']);
  });

  it('catches an unconverted decimal comma and a dropped figure', () => {
    const missing = missingFigures('rund 5,6 Millionen Dollar und 10.000 Chips', 'about 5,6 million dollars');
    expect(missing.map((f) => f.raw)).toEqual(['5,6 Millionen', '10.000']);
  });

  it('counts repeated figures: each German occurrence needs its own', () => {
    expect(missingFigures('2023 gegründet, 2023 bestätigt', 'founded in 2023').map((f) => f.raw)).toEqual(['2023']);
  });
});
