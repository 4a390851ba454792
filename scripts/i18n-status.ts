/**
 * `npm run i18n:status` — which English translations are current, outdated or missing.
 * Exits with 1 when a translation is missing; outdated ones are reported with a diff of the German text.
 */
import { sourceChange } from '../src/lib/translation/changes';
import { contentPaths, translationStatus } from '../src/lib/translation/status';

const paths = contentPaths(process.cwd());
const all = translationStatus(paths);
const count = (state: string) => all.filter((s) => s.state === state).length;

for (const status of all.filter((s) => s.kind !== 'ui-string' || s.state !== 'current')) {
  console.log(`${status.state.padEnd(8)}  ${status.kind.padEnd(9)}  ${status.id}  (${status.translation})`);
  if (status.state === 'outdated') {
    const change = sourceChange(paths, status);
    console.log(`          German source changed on ${change.since}; bring the translation up to date, then run`);
    console.log(`          npm run i18n:stamp -- ${status.translation}`);
    console.log(change.diff ? change.diff.replace(/^/gm, '          ') : '          (the stamped German version is not in git history; no diff)');
  }
  if (status.state === 'missing') console.log(`          translate ${status.source} into ${status.translation}`);
}
const uiCurrent = all.filter((s) => s.kind === 'ui-string' && s.state === 'current').length;
console.log(`\n${count('current')} current (${uiCurrent} of them UI strings, not listed), ${count('outdated')} outdated, ${count('missing')} missing.`);
process.exitCode = count('missing') > 0 ? 1 : 0;
