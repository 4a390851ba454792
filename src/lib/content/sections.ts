export interface Section {
  level: number;
  text: string;
  /** The explicit `{#key}` of the heading, if any. */
  key: string | undefined;
  line: number;
}

const HEADING = /^(#{2,6})\s+(.*?)\s*$/;
const KEY = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}$/;

/** Lists the H2–H6 headings of a Markdown body with their explicit section keys. */
export function extractSections(body: string): Section[] {
  const sections: Section[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((raw, index) => {
    if (raw.startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(raw);
    if (!heading) return;
    const [, hashes = '', content = ''] = heading;
    const key = KEY.exec(content);
    sections.push({
      level: hashes.length,
      text: key ? content.slice(0, key.index) : content,
      key: key?.[1],
      line: index + 1,
    });
  });
  return sections;
}

/**
 * The text of one section: from its heading to the next heading of the same or a higher level.
 * Without a key, the lead (the text before the first heading).
 */
export function sectionText(body: string, key: string | undefined): string | undefined {
  const lines = body.split(/\r?\n/);
  const sections = extractSections(body);
  if (key === undefined) return lines.slice(0, (sections[0]?.line ?? lines.length + 1) - 1).join('\n');
  const index = sections.findIndex((s) => s.key === key);
  const section = sections[index];
  if (!section) return undefined;
  const end = sections.slice(index + 1).find((s) => s.level <= section.level);
  return lines.slice(section.line, end ? end.line - 1 : lines.length).join('\n');
}
