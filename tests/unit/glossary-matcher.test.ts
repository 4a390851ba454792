import { describe, expect, it } from 'vitest';
import { createTermMatcher, type TermForms } from '../../src/lib/glossary/matcher';
import { languageOf } from '../../src/lib/languages';

const deMatcher = createTermMatcher(
  [
    { id: 'export-controls', forms: ['Exportkontrolle', 'Exportbeschränkungen'] },
    { id: 'agi', forms: ['AGI', 'künstliche allgemeine Intelligenz'] },
    { id: 'moe', forms: ['MoE', 'Mixture of Experts', 'Mixture-of-Experts'] },
    { id: 'experts', forms: ['Experts'] },
    { id: 'a100', forms: ['A100', 'A100-Chips'] },
  ],
  languageOf('de'),
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
    const en = createTermMatcher([{ id: 'export-controls', forms: ['export control'] }], languageOf('en'));
    expect(en('export controls and export control').map((m) => m.text)).toEqual(['export control']);
  });

  it("takes the endings from the language's inflections", () => {
    const matcher = createTermMatcher([{ id: 'export-controls', forms: ['Kontrolle'] }], { inflections: ['n'] });
    expect(matcher('Kontrollen, Kontrolles, Kontrolle').map((m) => m.text)).toEqual(['Kontrollen', 'Kontrolle']);
  });
});

// Label and aliases of the Simplified Chinese glossary (zh-staging/glossary/*.yaml), plus a
// made-up "专家" term to show that the longer form wins.
const zhForms: Record<string, string[]> = {
  deepseek: ['DeepSeek', '深度求索', 'Deepseek', 'DeepSeek AI'],
  'deepseek-r1': ['DeepSeek-R1', 'R1', 'DeepSeek R1', 'R1模型'],
  'silicon-valley': ['硅谷', 'Silicon Valley'],
  'open-source': ['开源', 'Open Source', '开放源代码', '开放权重', '开放模型权重', 'Open Weights'],
  'high-flyer': ['幻方量化', 'High-Flyer', 'High-Flyer Quant', 'High Flyer', 'Huanfang', '幻方', '幻方量化基金'],
  'quant-hedge-fund': ['量化对冲基金', '量化基金', '量化私募', '对冲基金', '量化交易', '量化投资', 'quantitative hedge fund', 'quant fund'],
  'export-controls': ['出口管制', '出口限制', '出口禁令', '美国出口管制', '芯片出口管制', '出口管控'],
  sanctions: ['制裁', '美国制裁', '禁运', '美国禁运', '贸易禁运', '贸易限制', '贸易制裁', 'sanctions', 'embargo'],
  nvidia: ['英伟达', 'Nvidia', 'NVIDIA', 'Nvidia Corporation', '英伟达公司', '辉达'],
  a100: ['A100', 'Nvidia A100', '英伟达A100', 'A100芯片', 'A100 GPU'],
  h100: ['H100', 'Nvidia H100', '英伟达H100', 'H100芯片', 'H100 GPU'],
  h800: ['H800', 'Nvidia H800', '英伟达H800', 'H800芯片', 'H800 GPU'],
  chip: ['芯片', '半导体', '半导体芯片', '微芯片', 'AI芯片', '高性能芯片', '计算机芯片'],
  gpu: ['GPU', '图形处理器', '图形处理单元', 'Graphics Processing Unit'],
  moe: ['混合专家模型', 'MoE', 'Mixture of Experts', 'Mixture-of-Experts', '混合专家', '混合专家架构', 'MoE架构', 'MoE模型', '专家混合'],
  experts: ['专家'],
  llm: ['大语言模型', 'LLM', 'LLMs', '大型语言模型', '大模型', '语言模型', 'Large Language Model'],
  parameters: ['参数', '模型参数', '模型权重', '参数量'],
  openai: ['OpenAI', 'Open AI', 'OpenAI公司'],
  o1: ['o1', 'OpenAI o1', 'o1模型'],
  agi: ['通用人工智能', 'AGI', '人工通用智能', '通用AI', 'Artificial General Intelligence'],
};
const zhTerms: TermForms[] = Object.entries(zhForms).map(([id, forms]) => ({ id, forms }));
const zhMatcher = createTermMatcher(zhTerms, { inflections: [] });
const zh = (text: string) => zhMatcher(text).map((m) => [m.id, m.text]);

describe('glossary term matching in Chinese (no spaces between words)', () => {
  it('finds Latin and Han forms next to Han characters (what-is-deepseek)', () => {
    expect(
      zh('1月20日，来自中国、相对不知名的AI研究实验室深度求索（DeepSeek）发布了其开源AI模型DeepSeek-R1，在硅谷引起轰动。'),
    ).toEqual([
      ['deepseek', '深度求索'],
      ['deepseek', 'DeepSeek'],
      ['open-source', '开源'],
      ['deepseek-r1', 'DeepSeek-R1'],
      ['silicon-valley', '硅谷'],
    ]);
  });

  it('prefers the longest Han form: the fund name before the generic fund (what-is-deepseek)', () => {
    expect(zh('DeepSeek的故事始于其母公司幻方量化——中国一家领先的量化对冲基金。')).toEqual([
      ['deepseek', 'DeepSeek'],
      ['high-flyer', '幻方量化'],
      ['quant-hedge-fund', '量化对冲基金'],
    ]);
  });

  it('links export controls, Nvidia chips and a chip count (what-is-deepseek)', () => {
    expect(
      zh('2022年10月，美国政府实施出口管制，使中国企业更难获得英伟达H100等先进芯片。虽然DeepSeek储备了1万块A100芯片，但这些限制仍给规模扩展带来了相当大的挑战。'),
    ).toEqual([
      ['export-controls', '出口管制'],
      ['h100', '英伟达H100'],
      ['chip', '芯片'],
      ['deepseek', 'DeepSeek'],
      ['a100', 'A100芯片'],
    ]);
  });

  it('finds a Han form inside Han text and its English name in brackets (limits-as-catalyst)', () => {
    expect(
      zh('混合专家模型（Mixture of Experts）并不是新技术：这一原理早在1991年就已在专业文献中提出，在DeepSeek之前也已用于其他语言模型'),
    ).toEqual([
      ['moe', '混合专家模型'],
      ['moe', 'Mixture of Experts'],
      ['deepseek', 'DeepSeek'],
      ['llm', '语言模型'],
    ]);
    expect(zh('DeepSeek采用混合专家模型架构，专家估计成本很低。')).toEqual([
      ['deepseek', 'DeepSeek'],
      ['moe', '混合专家模型'],
      ['experts', '专家'],
    ]);
  });

  it('links H800 between Han characters (limits-as-catalyst)', () => {
    expect(zh('为此，该公司依靠高效利用英伟达H800 GPU——这些芯片虽然在技术上落后于美国领先的芯片，但仍能提供可观的性能。')).toEqual([
      ['h800', '英伟达H800'],
      ['gpu', 'GPU'],
      ['chip', '芯片'],
      ['chip', '芯片'],
    ]);
    expect(zh('DeepSeek使用H800芯片。')).toEqual([
      ['deepseek', 'DeepSeek'],
      ['h800', 'H800芯片'],
    ]);
  });

  it('links the company, not a chip, before 芯片 (breakthrough-or-marketing)', () => {
    expect(zh('因此，本文的说法应理解为DeepSeek无法进口最先进的英伟达芯片')).toEqual([
      ['deepseek', 'DeepSeek'],
      ['nvidia', '英伟达'],
      ['chip', '芯片'],
    ]);
  });

  it('tells export controls from sanctions (limits-as-catalyst)', () => {
    expect(zh('尽管美国的出口管制造成了短期冲击，但它们最终点燃了一波创新热潮，引导这一行业走上更加自给自足的道路。制裁充当了无形的催化剂')).toEqual([
      ['export-controls', '出口管制'],
      ['sanctions', '制裁'],
    ]);
  });

  it('links the founder’s fund and short model names between Han characters (china-celebrates-deepseek, chinas-ai-revolution-and-risks)', () => {
    expect(zh('梁文锋是专注AI的对冲基金幻方量化的联合创始人，他于2023年创立了DeepSeek。')).toEqual([
      ['quant-hedge-fund', '对冲基金'],
      ['high-flyer', '幻方量化'],
      ['deepseek', 'DeepSeek'],
    ]);
    expect(zh('其底层AI模型R1拥有约6700亿个参数，是迄今为止同类开源模型中规模最大的。据推测，它具备与OpenAI的o1模型相当的能力')).toEqual([
      ['deepseek-r1', 'R1'],
      ['parameters', '参数'],
      ['open-source', '开源'],
      ['openai', 'OpenAI'],
      ['o1', 'o1模型'],
    ]);
  });

  it('still keeps Latin forms out of longer Latin words and numbers', () => {
    expect(zh('MAGIC、AGILE、H8000和XH800都不是术语，但AGI、H800和（AGI）是。')).toEqual([
      ['agi', 'AGI'],
      ['h800', 'H800'],
      ['agi', 'AGI'],
    ]);
  });
});
