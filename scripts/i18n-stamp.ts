/** `npm run i18n:stamp -- [--lang=<code>] <file>…` — records that these translations match their current German source. */
import { relative } from 'node:path';
import { StampError, stamp } from '../src/lib/translation/stamp';
import { contentPaths } from '../src/lib/translation/status';

const args = process.argv.slice(2);
const lang = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
const files = args.filter((arg) => !arg.startsWith('--lang='));
if (files.length === 0) {
  console.error(
    'usage: npm run i18n:stamp -- [--lang=<code>] <file>…  (a translated page in src/content/docs/<code>/, a translation’s UI strings in src/content/i18n/, or a glossary term with --lang)',
  );
  process.exit(2);
}
const paths = contentPaths(process.cwd());
try {
  for (const file of files) console.log(`stamped ${relative(paths.root, stamp(paths, file, lang))}`);
} catch (error) {
  if (!(error instanceof StampError)) throw error;
  console.error(error.message);
  process.exit(1);
}
