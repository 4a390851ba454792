import { describe, expect, it } from 'vitest';
import { figuresIn, missingFigures, type NumberFormat } from '../../src/lib/content/figures';
import { languageOf } from '../../src/lib/languages';

const values = (figures: { value: number }[]) => figures.map((f) => f.value);
const raws = (figures: { raw: string }[]) => figures.map((f) => f.raw);

const de = languageOf('de').numbers;
const en = languageOf('en').numbers;
// Simplified Chinese, as it will be added to src/languages.json.
const zh: NumberFormat = {
  decimal: '.',
  group: ',',
  scales: { 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 万亿: 1e12 },
};

describe('figuresIn, German', () => {
  it('reads thousands dots, decimal commas and scale words', () => {
    expect(values(figuresIn('ein Lager von 10.000 Chips, rund 5,6 Millionen Dollar, 3,5 Billionen, 600 Milliarden', de))).toEqual([
      10_000, 5.6e6, 3.5e12, 600e9,
    ]);
  });

  it('reads dates, years and percentages, and ignores digits inside names', () => {
    expect(values(figuresIn('Am 4. Juni 1989 fiel der Kurs um 17% – die A100-Chips und GPT-4o nicht', de))).toEqual([4, 1989, 17]);
  });

  it('reads a version number like "2.0" as one figure', () => {
    expect(values(figuresIn('Chinas Innovation 2.0', de))).toEqual([2]);
  });

  it('gives a bare number that opens a range the scale word of the range, but not a number before another clause', () => {
    const figures = figuresIn('570 bis 580 Milliarden, von 3,5 auf 2,9 Billionen, 1,03–1,05 Dollar, im Jahr 2019 etwa 10 Milliarden', de);
    expect(figures.map((f) => [f.raw, f.rangeValue])).toEqual([
      ['570', 570e9],
      ['580 Milliarden', undefined],
      ['3,5', 3.5e12],
      ['2,9 Billionen', undefined],
      ['1,03', undefined],
      ['1,05', undefined],
      ['2019', undefined],
      ['10 Milliarden', undefined],
    ]);
  });

  it('reads abbreviated scale words and needs a word end after a Latin one', () => {
    expect(values(figuresIn('4 Mio. Euro, 2 Mrd. Yuan, 5 Tausend, im 7 Millionenbereich', de))).toEqual([4e6, 2e9, 5e3, 7]);
  });
});

describe('figuresIn, English', () => {
  it('reads thousands commas, decimal points and scale words', () => {
    expect(values(figuresIn('10,000 chips, about US$5.6 million, 3.5 trillion, 600 billion dollars', en))).toEqual([
      10_000, 5.6e6, 3.5e12, 600e9,
    ]);
  });

  it('reads scale words in any case', () => {
    expect(values(figuresIn('5 Million Dollars, 3 BILLION', en))).toEqual([5e6, 3e9]);
  });
});

describe('figuresIn, Chinese', () => {
  it('reads scale words written without a space, the longest one first', () => {
    expect(values(figuresIn('3.5万亿美元、6000亿美元、1.5十亿、560万美元、3千万、2百万、4十万、2.9万美元、5千、1万枚、10000枚、10,000枚', zh))).toEqual([
      3.5e12, 6000e8, 1.5e9, 5.6e6, 3e7, 2e6, 4e5, 2.9e4, 5e3, 1e4, 1e4, 1e4,
    ]);
  });

  it('reads numbers next to Han characters, but not inside model and chip names', () => {
    expect(values(figuresIn('近6000亿美元，使用H800芯片训练DeepSeek-V3和R1，不用A100或GPT-4o', zh))).toEqual([6000e8]);
  });

  it('reads dates and percentages', () => {
    expect(values(figuresIn('2025年1月20日上线，股价下跌了17%', zh))).toEqual([2025, 1, 20, 17]);
  });
});

describe('missingFigures, German to English', () => {
  it('accepts a correct translation', () => {
    expect(missingFigures('von 3,5 Billionen auf 2,9 Billionen Dollar', de, 'from 3.5 trillion to 2.9 trillion dollars', en)).toEqual([]);
  });

  it('catches "3,5 Billionen" rendered as "3.5 billion"', () => {
    const missing = missingFigures('von 3,5 Billionen auf 2,9 Billionen Dollar', de, 'from 3.5 billion to 2.9 trillion dollars', en);
    expect(raws(missing)).toEqual(['3,5 Billionen']);
  });

  it('catches an unconverted decimal comma and a dropped figure', () => {
    const missing = missingFigures('rund 5,6 Millionen Dollar und 10.000 Chips', de, 'about 5,6 million dollars', en);
    expect(raws(missing)).toEqual(['5,6 Millionen', '10.000']);
  });

  it('counts repeated figures: each German occurrence needs its own', () => {
    expect(raws(missingFigures('2023 gegründet, 2023 bestätigt', de, 'founded in 2023', en))).toEqual(['2023']);
  });

  it('accepts a range whose first number shares the scale word of the second, written either way', () => {
    expect(missingFigures('etwa 570 bis 580 Milliarden Euro', de, 'about 570 to 580 billion euros', en)).toEqual([]);
    expect(missingFigures('etwa 570 bis 580 Milliarden Euro', de, 'about 570 billion to 580 billion euros', en)).toEqual([]);
    expect(raws(missingFigures('etwa 570 bis 580 Milliarden Euro', de, 'about 57 to 580 billion euros', en))).toEqual(['570']);
  });
});

describe('missingFigures, German to Chinese', () => {
  it.each([
    ['3,5 Billionen Dollar', '3.5万亿美元', []],
    ['3,5 Billionen Dollar', '3.5亿美元', ['3,5 Billionen']],
    ['3,5 Billionen Dollar', '3.5十亿美元', ['3,5 Billionen']],
    ['600 Milliarden Dollar', '6000亿美元', []],
    ['600 Milliarden Dollar', '600亿美元', ['600 Milliarden']],
    ['600 Milliarden Dollar', '600万亿美元', ['600 Milliarden']],
    ['1 Milliarde Dollar und 2 Milliarden Yuan', '10亿美元和2万亿元', ['2 Milliarden']],
    ['5,6 Millionen Dollar', '560万美元', []],
    ['5,6 Millionen Dollar', '5.6万美元', ['5,6 Millionen']],
    ['10.000 Chips', '1万枚芯片', []],
    ['10.000 Chips', '10000枚芯片', []],
    ['10.000 Chips', '10,000枚芯片', []],
    ['2.048 Chips', '2048块芯片', []],
    ['29.000 Dollar', '2.9万美元', []],
    ['670 Milliarden Parameter', '6700亿参数', []],
    ['157 Milliarden Dollar', '1570亿美元', []],
    ['um 17 %', '下跌了17%', []],
    ['am 20. Januar 2025', '2025年1月20日', []],
    ['am 20. Januar 2025', '2024年1月20日', ['2025']],
  ])('%s / %s', (german, chinese, missing) => {
    expect(raws(missingFigures(german, de, chinese, zh))).toEqual(missing);
  });

  // Sentences of src/content/docs/de/topics/markets.mdx and their translation.
  const nvidia = [
    'In der Folge verlor der Chip-Hersteller Nvidia an einem Montag fast 600 Milliarden Dollar (ca. 482 Milliarden Euro) an Marktkapitalisierung, nach Angaben des Artikels den größten Rückgang an einem einzigen Tag in der US-Geschichte.',
    '受此影响，芯片制造商英伟达在一个周一市值蒸发了近6000亿美元（约4820亿欧元），据该文章称，这是美国历史上最大的单日跌幅。',
  ] as const;
  const forbes = [
    'Nvidia wurde am stärksten getroffen: Der Aktienkurs sank im Laufe des Tages um 17 %. Das Unternehmen, zuvor nach Marktkapitalisierung die wertvollste Firma der Welt, wurde am Montag von Apple und Microsoft überholt, da sein Marktwert laut Forbes von 3,5 Billionen auf 2,9 Billionen Dollar fiel. Die Differenz der beiden Forbes-Werte, 0,6 Billionen Dollar, passt zu dem Verlust von fast 600 Milliarden Dollar, den der Artikel in seinem ersten Abschnitt nennt.',
    '英伟达受到的冲击最大：其股价在当天的交易中下跌了17%。据福布斯报道，该公司此前是全球市值最高的公司，周一因市值从3.5万亿美元跌至2.9万亿美元，被苹果和微软超越。福布斯这两个数值之差为0.6万亿美元，与该文章在第一部分提到的近6000亿美元损失相吻合。',
  ] as const;
  const dates = [
    'Beides passt zusammen, denn der 27. Januar 2025 war ein Montag (von der Redaktion erschlossen: Das Jahr ergibt sich aus dem Startdatum 20. Januar 2025 im selben Artikel, der Wochentag aus dem Kalender).',
    '两者是吻合的，因为2025年1月27日正是周一（编者推定：年份由同一篇文章中的上线日期2025年1月20日得出，星期几则依据日历）。',
  ] as const;
  const euro = [
    'Sie setzt einen Kurs von etwa 1,25 US-Dollar je Euro voraus; Ende Januar 2025 kostete ein Euro jedoch nur etwa 1,03 bis 1,05 US-Dollar, sodass fast 600 Milliarden Dollar etwa 570 bis 580 Milliarden Euro entsprachen.',
    '它假定的汇率约为1欧元兑1.25美元；然而2025年1月底，1欧元仅约合1.03至1.05美元，因此近6000亿美元约相当于5700亿至5800亿欧元。',
  ] as const;

  it.each([
    ['the Nvidia loss', nvidia],
    ['the Forbes values', forbes],
    ['the dates', dates],
    ['a range written with the scale word once in German and twice in Chinese', euro],
  ])('accepts the translation of %s', (_, [german, chinese]) => {
    expect(missingFigures(german, de, chinese, zh)).toEqual([]);
  });

  it('catches figures of real sentences converted wrongly', () => {
    expect(raws(missingFigures(nvidia[0], de, nvidia[1].replace('4820亿', '482亿'), zh))).toEqual(['482 Milliarden']);
    expect(raws(missingFigures(forbes[0], de, forbes[1].replace('3.5万亿', '3.5亿'), zh))).toEqual(['3,5 Billionen']);
    expect(raws(missingFigures(euro[0], de, euro[1].replace('5700亿', '570亿'), zh))).toEqual(['570']);
  });
});
