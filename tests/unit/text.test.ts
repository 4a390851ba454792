import { describe, expect, it } from 'vitest';
import { summary } from '../../src/lib/text';

describe('summary (page descriptions from longer definitions)', () => {
  it('keeps a short text as it is', () => {
    expect(summary('Ein Chip von Nvidia.')).toBe('Ein Chip von Nvidia.');
  });

  it('takes the first sentence when the text is too long', () => {
    const text = `Erster Satz. ${'Sehr langer zweiter Satz '.repeat(10)}.`;
    expect(summary(text, 40)).toBe('Erster Satz.');
  });

  it('cuts at a word boundary with an ellipsis when the first sentence is too long', () => {
    const result = summary('Ein ausgesprochen langer Satz ohne Punkt, der weiter und weiter geht', 30);
    expect(result.length).toBeLessThanOrEqual(30);
    expect(result).toBe('Ein ausgesprochen langer Satz…');
  });
});
