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

  it('ends a Chinese first sentence at 。 and counts Chinese characters double, as they are wide on screen', () => {
    expect(summary('英伟达推出的数据中心GPU。主要是芯片之间的数据传输被限速，以使其符合美国的出口规则。', 40)).toBe('英伟达推出的数据中心GPU。');
    // No spaces: cut after any character, 9 wide characters and the ellipsis in 20 columns.
    expect(summary('混合专家模型只激活与具体任务相关的部分网络从而节省算力', 20)).toBe('混合专家模型只激活…');
  });
});
