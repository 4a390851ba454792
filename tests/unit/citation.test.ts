import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import wtf from 'wtf_wikipedia';
import { describe, expect, it } from 'vitest';
import { bibtex, citeWeb, markdown, plainText, type Citation } from '../../src/lib/citation';

const english: Citation = {
  url: 'https://dossier.example.org/en/articles/what-is-deepseek/',
  title: 'What is DeepSeek? The challenger | shaping {AI} & 100% of it',
  siteName: 'DeepSeek-Dossier',
  lang: 'en',
  quotes: ['“', '”'],
  langid: 'english',
  accessDate: '2026-11-25',
  accessDateText: 'November 25, 2026',
  accessedLabel: 'accessed',
  note: 'Translated from the German original “Was ist DeepSeek?” (https://dossier.example.org/de/articles/what-is-deepseek/)',
  date: '2026-11-24',
  dateText: 'November 24, 2026',
  updatedLabel: 'Last updated',
};
const german: Citation = {
  ...english,
  url: 'https://dossier.example.org/de/articles/what-is-deepseek/',
  title: 'Was ist DeepSeek?',
  transTitle: 'What is DeepSeek?',
  lang: 'de',
  quotes: ['„', '“'],
  langid: 'german',
  note: undefined,
  accessedLabel: 'abgerufen am',
  accessDateText: '25. November 2026',
  dateText: '24. November 2026',
  updatedLabel: 'Zuletzt geändert am',
};

describe('cite web', () => {
  it('cites a section in |at= and a quote with its translation in |quote= and |trans-quote=, pipes and all', () => {
    const quoted: Citation = {
      ...german,
      url: `${german.url}#young-talent`,
      at: 'Abschnitt „Fokus auf junge Talente“',
      quote: 'Wir suchen | junge Leute.',
      transQuote: 'We look for {young} people.',
    };
    const [cite] = wtf(`<ref>${citeWeb(quoted)}</ref>`).references().map((r) => r.json() as Record<string, string>);
    expect(cite).toMatchObject({
      url: `${german.url}#young-talent`,
      at: 'Abschnitt „Fokus auf junge Talente“',
      language: 'de',
      'trans-title': 'What is DeepSeek?',
    });
    // wtf_wikipedia renders {{!}} back as a pipe.
    expect(cite?.quote).toMatch(/^Wir suchen (\||\{\{!\}\}) junge Leute\.$/);
    expect(cite?.['trans-quote']).toContain('young');
    expect(markdown(quoted)).toContain(`](${german.url}#young-talent), Abschnitt „Fokus auf junge Talente“.`);
    expect(plainText(quoted)).toContain('„Was ist DeepSeek?“, Abschnitt „Fokus auf junge Talente“.');
    const [entry] = parseBibtex(bibtex(quoted, 'k')).entries;
    expect(entry?.fields.titleaddon).toBe('Abschnitt „Fokus auf junge Talente“');
  });

  it('parses as one MediaWiki template with the required parameters', () => {
    const references = wtf(`Text.<ref>${citeWeb(english)}</ref>`).references().map((r) => r.json() as Record<string, string>);
    expect(references).toHaveLength(1);
    const [cite] = references;
    expect(cite).toMatchObject({
      template: 'citation',
      type: 'web',
      url: english.url,
      website: 'DeepSeek-Dossier',
      language: 'en',
      date: '2026-11-24',
      'access-date': '2026-11-25',
    });
    // The pipe inside the title is escaped, so it does not split the parameter.
    expect(citeWeb(english)).toContain('|title=What is DeepSeek? The challenger {{!}} shaping');
    expect(cite!.title).toMatch(/^What is DeepSeek\?/);
    // What the page is goes where Template:Cite web documents it, not into a name parameter.
    // (wtf_wikipedia reports the template's kind as `type`, so the parameter is read from the text.)
    expect(citeWeb(english)).toContain(' |type=Translated from the German original “Was ist DeepSeek?” (https://dossier.example.org/de/articles/what-is-deepseek/) |website=');
    expect(cite).not.toHaveProperty('others');
  });

  it('gives a German page its English title and its language', () => {
    const [cite] = wtf(`<ref>${citeWeb(german)}</ref>`).references().map((r) => r.json() as Record<string, string>);
    expect(cite).toMatchObject({ title: 'Was ist DeepSeek?', 'trans-title': 'What is DeepSeek?', language: 'de', date: '2026-11-24' });
  });

  it('leaves out parameters that do not apply', () => {
    const bare = citeWeb({ ...english, note: undefined, date: undefined });
    expect(bare).not.toMatch(/\|(type|date|trans-title|others)=/);
  });
});

describe('BibLaTeX', () => {
  it('parses as one @online entry with title, url and access date', () => {
    const library = parseBibtex(bibtex(english, 'deepseek-dossier-en/articles/what-is-deepseek'));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry!.type).toBe('online');
    expect(entry!.key).toBe('deepseek-dossier-en-articles-what-is-deepseek');
    expect(entry!.fields.title).toBe('What is DeepSeek? The challenger | shaping {AI} & 100% of it');
    expect(entry!.fields.url).toBe(english.url);
    expect(entry!.fields.urldate).toBe('2026-11-25');
    expect(entry!.fields.date).toBe('2026-11-24');
  });

  it('gives each section its own key, so one file can cite the page and two of its sections', () => {
    const key = 'deepseek-dossier-en/articles/what-is-deepseek';
    const section = (anchor: string) => bibtex({ ...english, url: `${english.url}#${anchor}`, at: `section “${anchor}”` }, key);
    const library = parseBibtex([bibtex(english, key), section('founder'), section('rise')].join('\n\n'));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual([
      'deepseek-dossier-en-articles-what-is-deepseek',
      'deepseek-dossier-en-articles-what-is-deepseek-founder',
      'deepseek-dossier-en-articles-what-is-deepseek-rise',
    ]);
  });
});

describe('text formats', () => {
  it('give title, site, URL and access date in the page language', () => {
    expect(plainText(english)).toBe(
      `“${english.title}”. DeepSeek-Dossier. ${english.note}. Last updated November 24, 2026. ${english.url} (accessed November 25, 2026)`,
    );
    expect(plainText(german)).toBe(
      '„Was ist DeepSeek?“. DeepSeek-Dossier. Zuletzt geändert am 24. November 2026. https://dossier.example.org/de/articles/what-is-deepseek/ (abgerufen am 25. November 2026)',
    );
  });

  it('escape Markdown so the link text cannot break the link', () => {
    const link = markdown({ ...english, title: 'A [bracketed] *title*' });
    expect(link).toMatch(/^\[A \\\[bracketed\\\] \\\*title\\\*\]\(https:\/\/dossier\.example\.org\/en\/articles\/what-is-deepseek\/\)\./);
  });
});
