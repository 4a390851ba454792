import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/integrity';
import { inconsistentQuotes, quotationsOf, type QuotePage } from '../../src/lib/content/quotes';

const article: QuotePage = {
  file: 'en/articles/china.mdx',
  lang: 'en',
  source: true,
  text:
    'Another hashtag read: “DeepSeek throws Meta into a panic,” a reference to the US tech giant. ' +
    'DeepSeek’s successes call into question the idea that huge budgets and top-tier chips are the only means of progress. ' +
    'Instead it replied: “I’m sorry, I cannot answer this question. I am an AI assistant designed to provide helpful and harmless answers.”',
};
const page = (file: string, text: string, extra: Partial<QuotePage> = {}): QuotePage => ({ file, lang: 'en', text, ...extra });

describe('quotationsOf', () => {
  it('finds German „…“ and English “…” quotations, each in its own language', () => {
    expect(quotationsOf('Er sagte „nicht für immer ein Nachzügler“ und “not this”.', 'de').map((q) => q.raw)).toEqual([
      'nicht für immer ein Nachzügler',
    ]);
    expect(quotationsOf('He said “not for ever a latecomer” and „nicht dies“.', 'en').map((q) => q.raw)).toEqual([
      'not for ever a latecomer',
    ]);
  });

  it('skips a bracketed translation of the quotation before it', () => {
    expect(quotationsOf('“Nachzügler” (“latecomer”) and “Nachfolger”', 'en').map((q) => q.raw)).toEqual(['Nachzügler', 'Nachfolger']);
  });
});

describe('inconsistentQuotes', () => {
  it('accepts quotations that read as the original does, fitted into a sentence', () => {
    const problems = inconsistentQuotes([
      article,
      page('glossary/meta.yaml', 'A Weibo hashtag, “DeepSeek throws Meta into a panic”, alludes to Meta.', { field: 'explanation.en' }),
      page('topics/markets.mdx', 'It answered: “I’m sorry, I cannot answer this question.” The article speaks of “Top-tier chips”.'),
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a quotation with a word or two different from the original, with the fix', () => {
    const problems = inconsistentQuotes([
      article,
      page('glossary/meta.yaml', 'Another quotes the hashtag “DeepSeek puts Meta in a panic”.', { field: 'explanation.en' }),
    ]);
    expect(problems).toEqual([
      {
        file: 'glossary/meta.yaml',
        field: 'explanation.en',
        message: 'quotes “DeepSeek puts Meta in a panic”, but the original in en/articles/china.mdx reads “DeepSeek throws Meta into a panic”',
        fix: 'quote the original word for word: “DeepSeek throws Meta into a panic”',
        quote: 'DeepSeek puts Meta in a panic',
        variant: 'DeepSeek throws Meta into a panic',
        variantFile: 'en/articles/china.mdx',
      },
    ]);
    expect(formatProblems(problems)).toBe(
      'glossary/meta.yaml [explanation.en]: quotes “DeepSeek puts Meta in a panic”, but the original in en/articles/china.mdx reads “DeepSeek throws Meta into a panic”\n' +
        '    fix: quote the original word for word: “DeepSeek throws Meta into a panic”',
    );
  });

  it('reports every page with the misquotation, even when two of them agree with each other', () => {
    const wrong = 'The hashtag “DeepSeek puts Meta in a panic” went viral.';
    const problems = inconsistentQuotes([article, page('glossary/meta.yaml', wrong), page('glossary/weibo.yaml', wrong)]);
    expect(problems.map((p) => p.file)).toEqual(['glossary/meta.yaml', 'glossary/weibo.yaml']);
  });

  it('catches single-word changes in long and in short quotations', () => {
    const problems = inconsistentQuotes([
      article,
      page(
        'glossary/tiananmen.yaml',
        'It answered: “I’m sorry, I can’t answer this question. I am an AI assistant designed to provide helpful and harmless responses.” ' +
          'The articles speak of “top-class chips”.',
      ),
    ]);
    expect(problems.map((p) => [p.quote, p.variant])).toEqual([
      [
        'I’m sorry, I can’t answer this question. I am an AI assistant designed to provide helpful and harmless responses.',
        'I’m sorry, I cannot answer this question. I am an AI assistant designed to provide helpful and harmless answers',
      ],
      ['top-class chips', 'top-tier chips'],
    ]);
  });

  it('reports two pages that quote an unsourced passage in different wordings', () => {
    const problems = inconsistentQuotes([
      page('glossary/tiananmen.yaml', 'Tiananmen means “Gate of Heavenly Peace” in Chinese.'),
      page('topics/censorship.mdx', 'Tiananmen (“the Square of Heavenly Peace”) is a square.'),
      page('glossary/other.yaml', 'Tiananmen, the “Square of Heavenly Peace”, is a square.'),
    ]);
    expect(problems.map((p) => [p.file, p.quote, p.variant, p.variantFile])).toContainEqual([
      'glossary/tiananmen.yaml',
      'Gate of Heavenly Peace',
      'Square of Heavenly Peace',
      'glossary/other.yaml',
    ]);
    expect(problems.every((p) => p.fix.includes('one wording'))).toBe(true);
  });

  it('does not flag inflection, longer or shorter excerpts, or another language', () => {
    const problems = inconsistentQuotes([
      { file: 'de/articles/a.mdx', lang: 'de', source: true, text: 'Er hat bewiesen, dass hochmoderne KI-Modelle mit begrenzten Rechenressourcen entwickelt werden können.' },
      { file: 'de/glossary.yaml', lang: 'de', text: 'Die Rede ist von „hochmodernen KI-Modellen mit begrenzten Rechenressourcen“.' },
      { file: 'de/topic.mdx', lang: 'de', text: 'Laut Analysten „hochmoderne KI-Modelle mit begrenzten“ Mitteln.' },
      { file: 'en/glossary.yaml', lang: 'en', text: 'It speaks of “hochmoderne KI-Modelle mit knappen Rechenressourcen”.' },
      { file: 'de/x.mdx', lang: 'de', text: 'Wörtlich „mit tens von Millionen Aufrufen“.' },
      { file: 'de/y.mdx', lang: 'de', text: 'Kurz: „tens von Millionen Aufrufen“.' },
    ]);
    expect(problems).toEqual([]);
  });

  it('leaves differences between originals alone (two articles may translate a quote differently)', () => {
    const problems = inconsistentQuotes([
      page('a.mdx', 'He said China will “always remain a latecomer” if nothing changes.', { source: true }),
      page('b.mdx', 'He said China will “always remain a successor” if nothing changes.', { source: true }),
      page('glossary.yaml', 'One article has “always remain a latecomer”, the other “always remain a successor”.'),
    ]);
    expect(problems).toEqual([]);
  });

  it('ignores a different article or preposition in a short quotation', () => {
    const problems = inconsistentQuotes([
      page('a.mdx', 'a hashtag with tens von Millionen views', { source: true }),
      page('note.mdx', 'an English word (“tens of millions”) left over'),
    ]);
    expect(problems).toEqual([]);
  });
});
