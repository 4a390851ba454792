import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryFileError, loadGlossary } from '../../src/lib/glossary/load';
import { glossaryTermSchema } from '../../src/schemas/glossary';

/** “Further reading” of a glossary term: one list of works, each with title, publisher, date and URL. */
const term = (references: unknown) => ({
  category: 'models',
  label: { de: 'DeepSeek-V3', en: 'DeepSeek-V3', 'zh-cn': 'DeepSeek-V3' },
  definition: { de: 'Ein Sprachmodell.', en: 'A language model.', 'zh-cn': '一个语言模型。' },
  explanation: { de: 'Lang.', en: 'Long.', 'zh-cn': '长。' },
  references,
  published: '2026-11-22',
  updated: '2026-11-25',
});
const v3 = { title: 'DeepSeek-V3 Technical Report', publisher: 'DeepSeek-AI', date: '2024-12-27', url: 'https://arxiv.org/abs/2412.19437' };

/** The problems the schema reports, as `field: message` lines (what the build prints). */
const problems = (references: unknown) => {
  const result = glossaryTermSchema.safeParse(term(references));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('glossary references', () => {
  it('accept a work with title, publisher, date and URL, and one without a URL', () => {
    const result = glossaryTermSchema.parse(term([v3, { title: 'Adaptive Mixtures of Local Experts', publisher: 'Jacobs et al.', date: '1991' }]));
    expect(result.references).toEqual([v3, { title: 'Adaptive Mixtures of Local Experts', publisher: 'Jacobs et al.', date: '1991' }]);
  });

  it('accept a year, a month or a day as the date, also when YAML read it as a number or a date', () => {
    for (const date of ['2024', '2024-12', '2024-12-27']) expect(problems([{ ...v3, date }])).toEqual([]);
    expect(glossaryTermSchema.parse(term([{ ...v3, date: 2024 }])).references[0]!.date).toBe('2024');
    expect(glossaryTermSchema.parse(term([{ ...v3, date: new Date('2024-12-27') }])).references[0]!.date).toBe('2024-12-27');
  });

  it('reject a reference without a title, naming the field', () => {
    const { title: _title, ...untitled } = v3;
    expect(problems([untitled])).toEqual(['references.0.title: every reference needs a `title`: the work’s original title, not translated']);
    expect(problems([{ ...v3, title: '  ' }])).toEqual(['references.0.title: reference `title` must not be empty']);
  });

  it('reject a malformed date, naming the field and the accepted forms', () => {
    for (const date of ['27.12.2024', 'December 2024', '2024-1', '24-12-27']) {
      expect(problems([v3, { ...v3, date }]), date).toEqual([
        'references.1.date: reference `date`: write the year, year-month or full ISO date of publication, e.g. "2024", "2024-12" or "2024-12-27"',
      ]);
    }
    expect(problems([{ ...v3, date: '2024-02-30' }])).toEqual([expect.stringMatching(/^references\.0\.date: .*does not exist/)]);
    expect(problems([{ ...v3, date: '2024-13' }])).toEqual([expect.stringMatching(/^references\.0\.date: .*does not exist/)]);
    const { date: _date, ...undated } = v3;
    expect(problems([undated])).toEqual([expect.stringMatching(/^references\.0\.date: every reference needs a `date`/)]);
  });

  it('reject a missing publisher, a URL that is not a web address and an unknown field', () => {
    const { publisher: _publisher, ...anonymous } = v3;
    expect(problems([anonymous])).toEqual([expect.stringMatching(/^references\.0\.publisher: every reference needs a `publisher`/)]);
    for (const url of ['arxiv.org/abs/2412.19437', 'javascript:alert(1)']) {
      expect(problems([{ ...v3, url }]), url).toEqual([expect.stringMatching(/^references\.0\.url: .*full web address/)]);
    }
    expect(problems([{ ...v3, link: v3.url }])).toEqual([expect.stringMatching(/^references\.0: .*remove or rename `link`/)]);
  });

  it('reject the old plain-text form, which YAML splits at commas, and show the new form', () => {
    expect(problems(['OpenAI', '“Introducing ChatGPT” (November 2022)'])).toEqual([
      expect.stringMatching(/^references\.0: write each reference as \{ title, publisher, date, url \}/),
      expect.stringMatching(/^references\.1: write each reference as \{ title, publisher, date, url \}/),
    ]);
  });

  it('name the file and the field when a term file has a bad reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-references-'));
    try {
      writeFileSync(
        join(dir, 'deepseek-v3.yaml'),
        `category: models
label: { de: DeepSeek-V3, en: DeepSeek-V3 }
definition: { de: "Ein Sprachmodell.", en: "A language model." }
explanation: { de: "Lang.", en: "Long." }
references:
  - publisher: DeepSeek-AI
    date: 12/2024
`,
      );
      expect(() => loadGlossary(dir)).toThrow(GlossaryFileError);
      expect(() => loadGlossary(dir)).toThrow(/deepseek-v3\.yaml[\s\S]*references\.0\.title: every reference needs a `title`/);
      expect(() => loadGlossary(dir)).toThrow(/references\.0\.date: reference `date`: write the year, year-month or full ISO date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
