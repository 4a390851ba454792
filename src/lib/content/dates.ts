/**
 * Sets the day of the last change in a page (`lastUpdated` in its frontmatter) or a glossary term
 * (`updated`), keeping every other line as written. Undefined for a page without frontmatter.
 */
export function touch(text: string, kind: 'page' | 'term', day: string): string | undefined {
  if (kind === 'term') {
    return /^updated:.*$/m.test(text) ? text.replace(/^updated:.*$/m, `updated: ${day}`) : `${text.replace(/\n?$/, '\n')}updated: ${day}\n`;
  }
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!frontmatter) return undefined;
  const fields = frontmatter[1]!;
  const changed = /^lastUpdated:.*$/m.test(fields)
    ? fields.replace(/^lastUpdated:.*$/m, `lastUpdated: ${day}`)
    : fields.replace(/^(description:.*(?:\n[ \t]+.*)*)$/m, `$1\nlastUpdated: ${day}`);
  return text.replace(fields, changed);
}
