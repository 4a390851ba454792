/**
 * Ready-to-paste citations of one page in the formats wiki editors and authors use.
 * Pure functions: the component supplies the localised wording and dates.
 */
export interface Citation {
  url: string;
  title: string;
  siteName: string;
  /** Language of the cited page, as `|language=` takes it ("de", "zh-CN"). */
  lang: string;
  /** The page language's quotation marks, around the title in plain text. */
  quotes: [string, string];
  /** The page language for biblatex (`langid`): "german". */
  langid: string;
  /** ISO date (YYYY-MM-DD) the reader accessed the page. */
  accessDate: string;
  /** The access date as written in running text, e.g. "25. November 2026". */
  accessDateText: string;
  /** Localised "accessed on" wording for text formats, lower case: "abgerufen am", "accessed". */
  accessedLabel: string;
  /** What this page is, if not a plain web page: a translation, an edited version of an article. */
  note?: string;
  /** The page's title in English, when the page is in another language. */
  transTitle?: string;
  /** ISO date (YYYY-MM-DD) of the page's last change, and as written in running text. */
  date?: string;
  dateText?: string;
  /** Localised "last changed" wording that opens a sentence in text formats: "Zuletzt geändert am", "Last updated". */
  updatedLabel?: string;
  /** The cited section, as written in `|at=`: "section “Nvidia’s share slump”". `url` then links its anchor. */
  at?: string;
  /** A quoted passage in the page's language, and its translation when the reader quoted from a translation. */
  quote?: string;
  transQuote?: string;
}

/** `|` and braces would end or open a template early: `{{!}}` is MediaWiki's pipe, braces become entities. */
const wikiValue = (value: string) =>
  value.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;').replace(/\|/g, '{{!}}').replace(/\s+/g, ' ');

/**
 * Template:Cite web, parameter by parameter: `|date=` is the last change, `|trans-title=` the
 * English title of a German page, and what the page is (a translation, an edited article) goes
 * into `|type=`, the documented place for it ("displays in parentheses following the title").
 * A section goes into `|at=`, a quote into `|quote=` with its translation in `|trans-quote=`.
 */
export function citeWeb(c: Citation): string {
  const params: [string, string | undefined][] = [
    ['url', c.url],
    ['title', c.title],
    ['trans-title', c.transTitle],
    ['type', c.note],
    ['website', c.siteName],
    ['language', c.lang],
    ['date', c.date],
    ['at', c.at],
    ['quote', c.quote],
    ['trans-quote', c.transQuote],
    ['access-date', c.accessDate],
  ];
  return `{{cite web ${params
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([name, value]) => `|${name}=${wikiValue(value)}`)
    .join(' ')}}}`;
}

const markdownText = (value: string) => value.replace(/([[\]\\*_`])/g, '\\$1');

/** "Zuletzt geändert am 30. November 2026. " when the page's last change is known. */
const updated = (c: Citation) => (c.dateText && c.updatedLabel ? ` ${c.updatedLabel} ${c.dateText}.` : '');

/** ", section “…”" after the title when a section is cited. */
const at = (c: Citation) => (c.at ? `, ${c.at}` : '');

export function markdown(c: Citation): string {
  const note = c.note ? ` ${markdownText(c.note)}.` : '';
  return `[${markdownText(c.title)}](${c.url})${markdownText(at(c))}. ${markdownText(c.siteName)}.${note}${markdownText(updated(c))} (${c.accessedLabel} ${c.accessDateText})`;
}

export function plainText(c: Citation): string {
  const quote = c.quotes;
  const note = c.note ? ` ${c.note}.` : '';
  return `${quote[0]}${c.title}${quote[1]}${at(c)}. ${c.siteName}.${note}${updated(c)} ${c.url} (${c.accessedLabel} ${c.accessDateText})`;
}

/** Braces protect capitalisation; LaTeX specials are escaped so the entry compiles. */
const bibValue = (value: string) => value.replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}');

/** biblatex's `@online`; a section's entry gets its own key (the page's key and the anchor), so one .bib file can hold several sections of a page. */
export function bibtex(c: Citation, key: string): string {
  const anchor = new URL(c.url).hash.slice(1);
  const fields: [string, string | undefined][] = [
    ['title', `{${bibValue(c.title)}}`],
    ['titleaddon', c.at === undefined ? undefined : bibValue(c.at)],
    ['organization', `{${bibValue(c.siteName)}}`],
    ['url', c.url],
    ['date', c.date],
    ['urldate', c.accessDate],
    ['langid', c.langid],
    ['note', c.note === undefined ? undefined : bibValue(c.note)],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@online{${(anchor ? `${key}-${anchor}` : key).replace(/[^a-z0-9]+/gi, '-')},\n${body}\n}`;
}
