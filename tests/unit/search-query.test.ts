import { describe, expect, it } from 'vitest';
import {
  bestSectionsFirst,
  closestWord,
  contentWords,
  joinWords,
  firstWordKey,
  mergeNameShards,
  nameShard,
  pageNamed,
  queryNameKeys,
  wholeNameKey,
  queryWords,
  rankBySubsets,
  termMentioned,
  termsLike,
  typoUnits,
  withTermLabels,
} from '../../src/lib/search/query';
import { stopwordsOf } from '../../src/lib/search/stopwords';
import { languageOf } from '../../src/lib/languages';

const de = new Set(stopwordsOf(languageOf('de')));
const en = new Set(stopwordsOf(languageOf('en')));
const zh = new Set(stopwordsOf(languageOf('zh-cn')));
const terms = [
  { n: 0, label: 'Marktkapitalisierung', names: ['Marktkapitalisierung', 'Börsenwert', 'Marktwert'], path: '/de/glossary/market-capitalisation/' },
  { n: 1, label: 'Exportkontrolle', names: ['Exportkontrolle', 'Exportkontrollen'], path: '/de/glossary/export-controls/' },
  { n: 2, label: 'Sputnik-Moment', names: ['Sputnik-Moment'], path: '/de/glossary/sputnik-moment/' },
  { n: 3, label: 'Nvidia', names: ['Nvidia'], path: '/de/glossary/nvidia/' },
];

describe('reading a query', () => {
  it('segments Chinese, which has no spaces, and keeps Latin words whole', () => {
    expect(queryWords('DeepSeek的训练成本是多少', 'zh-CN')).toEqual(['DeepSeek', '的', '训练', '成本', '是', '多少']);
    expect(queryWords('Wie viel kostet H800?', 'de')).toEqual(['Wie', 'viel', 'kostet', 'H800']);
  });

  it('leaves out stop words from the configured maintained lists, in every language', () => {
    expect(contentWords(queryWords('wie viel hat das Training gekostet', 'de'), de, 'de')).toEqual(['Training', 'gekostet']);
    expect(contentWords(queryWords('Why did Nvidia stock fall?', 'en'), en, 'en')).toEqual(['Nvidia', 'stock', 'fall']);
    expect(contentWords(queryWords('DeepSeek的训练成本是多少', 'zh-CN'), zh, 'zh-CN')).toEqual(['DeepSeek', '训练', '成本']);
    // A date keeps its units: "1 27" would find any page with both numbers.
    expect(contentWords(queryWords('DeepSeek 1月27日', 'zh-CN'), zh, 'zh-CN')).toEqual(['DeepSeek', '1', '月', '27', '日']);
    expect(contentWords(queryWords('2023年成立的公司', 'zh-CN'), zh, 'zh-CN')).toEqual(['2023', '年', '成立', '公司']);
  });

  it('keeps a query of stop words only as it is, and keeps content words that broad lists would drop', () => {
    expect(contentWords(['Was', 'ist', 'das'], de, 'de')).toEqual(['Was', 'ist', 'das']);
    expect(contentWords(queryWords('open source market value', 'en'), en, 'en')).toEqual(['open', 'source', 'market', 'value']);
  });

  it('joins words with spaces, but not between Han characters', () => {
    expect(joinWords(['DeepSeek', '训练', '成本'])).toBe('DeepSeek 训练成本');
    expect(joinWords(['Training', 'gekostet'])).toBe('Training gekostet');
  });
});

describe('"Did you mean"', () => {
  const known = ['Nvidia', 'Wenfeng', 'Exportkontrollen', 'Export', 'moment', '英伟达', '梁文锋'];
  it('suggests the closest known word within a typo’s reach', () => {
    expect(closestWord('Nvida', known, 'en')).toBe('Nvidia');
    expect(closestWord('Wenfang', known, 'en')).toBe('Wenfeng');
    expect(closestWord('momnet', known, 'en')).toBe('moment');
    expect(closestWord('Exportkontrolen', known, 'de')).toBe('Exportkontrollen');
    expect(closestWord('英伟大', known, 'zh-CN')).toBe('英伟达');
  });

  it('suggests nothing for short words, far words, inflections and the word itself', () => {
    expect(closestWord('MoA', ['MoE'], 'en')).toBeUndefined();
    expect(closestWord('Fußball', known, 'de')).toBeUndefined();
    expect(closestWord('exported', known, 'en')).toBeUndefined();
    expect(closestWord('Nvidia', known, 'en')).toBeUndefined();
  });

  it('looks for typos in whole runs of Han characters', () => {
    expect(typoUnits(['梁', '文', '峰', 'DeepSeek', '创始人'])).toEqual(['梁文峰', 'DeepSeek', '创始人']);
    expect(typoUnits(['Liang', 'Wenfang'])).toEqual(['Liang', 'Wenfang']);
  });
});

describe('named pages', () => {
  it('finds the page a query names, regardless of case, hyphens and punctuation', () => {
    expect(pageNamed('sputnik moment', terms, 'de')?.path).toBe('/de/glossary/sputnik-moment/');
    expect(pageNamed('BÖRSENWERT', terms, 'de')).toEqual({ path: '/de/glossary/market-capitalisation/', name: 'Marktkapitalisierung' });
    expect(pageNamed('was ist deepseek', [{ names: ['Was ist DeepSeek?'], path: '/de/articles/what-is-deepseek/' }], 'de')?.path).toBe('/de/articles/what-is-deepseek/');
    expect(pageNamed('Nvidia Börsenwert', terms, 'de')).toBeUndefined();
  });

  it('finds the term a longer query mentions, preferring the longest name', () => {
    expect(termMentioned(['Haben', 'Exportkontrollen', 'gewirkt'], terms, 'de')?.path).toBe('/de/glossary/export-controls/');
    expect(termMentioned(['Nvidia', 'Börsenwert', 'verloren'], terms, 'de')?.path).toBe('/de/glossary/market-capitalisation/');
    expect(termMentioned(['Training', 'gekostet'], terms, 'de')).toBeUndefined();
  });

  it('searches an alias also by the term’s label', () => {
    expect(withTermLabels(['Nvidia', 'Börsenwert'], terms, 'de')).toEqual([['Nvidia', 'Marktkapitalisierung']]);
    expect(withTermLabels(['Börsenwert'], terms, 'de')).toEqual([]);
  });

  it('offers glossary terms like a query when nothing is found', () => {
    expect(termsLike('Sputnik-Momnet', terms, 'de').map((t) => t.label)).toEqual(['Sputnik-Moment']);
    expect(termsLike('Kontrollen', terms, 'de').map((t) => t.label)).toEqual([]);
    expect(termsLike('Exportkontrollverfahren', terms, 'de').map((t) => t.label)).toEqual(['Exportkontrolle']);
  });

  it('offers no unrelated short names for a short query', () => {
    const zhTerms = ['百度', '参数', '豆包', '硅谷', '梁文锋'].map((label, n) => ({ n, label, names: [label], path: `/zh-cn/glossary/${n}/` }));
    expect(termsLike('隐私', zhTerms, 'zh-CN')).toEqual([]);
    expect(termsLike('梁文峰', zhTerms, 'zh-CN').map((t) => t.label)).toEqual(['梁文锋']);
    expect(termsLike('AI', [{ n: 0, label: 'MoE', names: ['MoE'], path: '/en/glossary/moe/' }], 'en')).toEqual([]);
  });
});

describe('shards of names', () => {
  it('files a term under its first word that is not a stop word, and Chinese under its first character', () => {
    expect(firstWordKey('Was ist ein Sputnik-Moment', de, 'de')).toBe('sputnik');
    expect(firstWordKey('Was ist das', de, 'de')).toBe('was');
    expect(firstWordKey('英伟达', zh, 'zh-CN')).toBe('英');
  });

  it('finds every name a query contains or is among the keys of the query', () => {
    const keys = (query: string, set: ReadonlySet<string>, tag: string) => new Set(queryNameKeys(query, set, tag));
    // A page's title, typed with or without stop words; a term inside a question; a Chinese name inside a sentence.
    expect(keys('was ist deepseek', de, 'de').has(wholeNameKey('Was ist DeepSeek?', 'de'))).toBe(true);
    expect(keys('Kosten des Trainings', de, 'de').has(wholeNameKey('Kosten Trainings', 'de'))).toBe(true);
    expect(keys('Haben die Exportkontrollen gewirkt?', de, 'de').has(firstWordKey('Exportkontrollen', de, 'de'))).toBe(true);
    expect(keys('英伟达的股价为什么下跌', zh, 'zh-CN').has(firstWordKey('英伟达', zh, 'zh-CN'))).toBe(true);
    expect(keys('Training gekostet', de, 'de').has('wie')).toBe(false);
  });

  it('spreads keys over the shards the same way every time', () => {
    const shards = Array.from({ length: 200 }, (_, i) => nameShard(`wort${i}`, 8));
    expect(shards.every((shard) => shard >= 0 && shard < 8)).toBe(true);
    expect(new Set(shards).size).toBe(8);
    expect(nameShard('deepseek', 8)).toBe(nameShard('deepseek', 8));
  });

  it('merges shards back in the build’s order, with every name an entry has in them', () => {
    const page = (n: number, names: string[]) => ({ n, names, path: `/de/p${n}/` });
    const merged = mergeNameShards([
      { terms: [terms[3]!], pages: [page(2, ['Titel 2', 'Kosten'])], foreignTerms: [] },
      { terms: [terms[0]!, terms[3]!], pages: [page(0, ['Titel 0']), page(2, ['Titel 2', 'Chips'])], foreignTerms: [] },
    ]);
    expect(merged.terms.map((t) => t.n)).toEqual([0, 3]);
    expect(merged.pages).toEqual([page(0, ['Titel 0']), page(2, ['Titel 2', 'Kosten', 'Chips'])]);
  });
});

describe('ranking', () => {
  it('ranks pages by how many of the words they have, then by score', () => {
    const a = { id: 'a', score: 1 };
    const b = { id: 'b', score: 5 };
    const c = { id: 'c', score: 2 };
    expect(rankBySubsets([[a, b], [a, c], [c]]).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(rankBySubsets([[a], [b]]).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('puts the section with the most matches first, after the page’s own entry', () => {
    const sub = (url: string, n: number) => ({ url, locations: Array.from({ length: n }) });
    const page = '/de/topics/markets/';
    const sorted = bestSectionsFirst([sub(page, 1), sub(`${page}#app-store`, 1), sub(`${page}#nvidia`, 4), sub(`${page}#nasdaq`, 1)], page);
    expect(sorted.map((s) => s.url)).toEqual([page, `${page}#nvidia`, `${page}#app-store`, `${page}#nasdaq`]);
    expect(bestSectionsFirst([sub(`${page}#a`, 1), sub(`${page}#b`, 2)], page).map((s) => s.url)).toEqual([`${page}#b`, `${page}#a`]);
  });
});

describe('stop-word configuration', () => {
  it('names the language, the list and the fix when a list does not exist', () => {
    expect(() => stopwordsOf({ ...languageOf('de'), stopwords: { package: 'stopword', list: 'xxx' } })).toThrow(
      /src\/languages\.json: "stopwords\.list" of "de" is "xxx", which the package "stopword" does not have\. Fix: use one of its lists/,
    );
  });
});
