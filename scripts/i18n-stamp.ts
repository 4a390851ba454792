/** `npm run i18n:stamp -- <file>…` — records that these translations match their current German source. */
import { relative } from 'node:path';
import { StampError, stamp } from '../src/lib/translation/stamp';
import { contentPaths } from '../src/lib/translation/status';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run i18n:stamp -- <file>…  (a page in src/content/docs/{de,en}/, a glossary term, or src/content/i18n/en.json)');
  process.exit(2);
}
const paths = contentPaths(process.cwd());
try {
  for (const file of files) console.log(`stamped ${relative(paths.root, stamp(paths, file))}`);
} catch (error) {
  if (!(error instanceof StampError)) throw error;
  console.error(error.message);
  process.exit(1);
}
