/**
 * `npm run i18n:status` — which translations are current, outdated or missing, language by language.
 * Exits with 1 when a translation is missing; outdated ones are reported with a diff of the German text.
 */
import { translationLanguages } from '../src/lib/languages';
import { sourceChange } from '../src/lib/translation/changes';
import { contentPaths, translationStatus } from '../src/lib/translation/status';

const paths = contentPaths(process.cwd());
const all = translationStatus(paths);
let missing = 0;

for (const language of translationLanguages) {
  const statuses = all.filter((s) => s.lang === language.code);
  const count = (state: string) => statuses.filter((s) => s.state === state).length;
  console.log(`\n${language.name} (${language.code})`);
  for (const status of statuses.filter((s) => s.kind !== 'ui-string' || s.state !== 'current')) {
    console.log(`${status.state.padEnd(8)}  ${status.kind.padEnd(9)}  ${status.id}  (${status.translation})`);
    if (status.state === 'outdated') {
      const change = sourceChange(paths, status);
      const lang = status.kind === 'term' ? ` --lang=${language.code}` : '';
      console.log(`          German source changed on ${change.since}; bring the translation up to date, then run`);
      console.log(`          npm run i18n:stamp --${lang} ${status.translation}`);
      console.log(change.diff ? change.diff.replace(/^/gm, '          ') : '          (the stamped German version is not in git history; no diff)');
    }
    if (status.state === 'missing') console.log(`          translate ${status.source} into ${status.translation}`);
  }
  const uiCurrent = statuses.filter((s) => s.kind === 'ui-string' && s.state === 'current').length;
  console.log(`${language.name}: ${count('current')} current (${uiCurrent} of them UI strings, not listed), ${count('outdated')} outdated, ${count('missing')} missing.`);
  missing += count('missing');
}
process.exitCode = missing > 0 ? 1 : 0;
