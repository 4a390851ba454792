import { parse } from 'yaml';

export interface SplitDocument {
  data: Record<string, unknown>;
  body: string;
  /** How many lines precede the body, to report file line numbers. */
  bodyOffset: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown/MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): SplitDocument {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, body: source, bodyOffset: 0 };
  const data: unknown = parse(match[1] ?? '');
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: source.slice(match[0].length),
    bodyOffset: match[0].split('\n').length - 1,
  };
}

/** Removes what is code rather than prose: fenced code, MDX imports, JSX tags, link targets, heading ids. */
export function proseOf(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[^}]*\}/g, '');
}
