/**
 * `npm run content:touch -- <file>…`: records today as the day of a page's or a term's last change
 * (`lastUpdated` in a page's frontmatter, `updated` in a glossary term). Readers see that day, and
 * citation tools take it as the page's date; it lives in the content so that no build needs git.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { contentPaths } from '../src/lib/translation/status';
import { touch } from '../src/lib/content/dates';

const files = process.argv.slice(2);
const paths = contentPaths(process.cwd());
if (files.length === 0) {
  console.error('usage: npm run content:touch -- <file>…  (a page in src/content/docs/ or a term in src/content/glossary/)');
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
for (const file of files) {
  const path = resolve(file);
  const where = relative(paths.docs, path).startsWith('..') ? (relative(paths.glossary, path).startsWith('..') ? undefined : 'term') : 'page';
  if (!existsSync(path) || !where) {
    console.error(`${file}: not a page in src/content/docs/ or a term in src/content/glossary/`);
    process.exit(1);
  }
  const touched = touch(readFileSync(path, 'utf8'), where, today);
  if (touched === undefined) {
    console.error(`${file}: has no frontmatter (--- … ---) to record the day in`);
    process.exit(1);
  }
  writeFileSync(path, touched);
  console.log(`${file}: last changed ${today}`);
}
