import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { distDir } from './content';

/** The Nu HTML Checker (vnu-jar, run on the machine's Java) over every built page: zero errors. */
test('every page is valid HTML', () => {
  // One Java run over the whole build: about 27 s on an idle 2-core machine, 76 s beside a second suite.
  test.setTimeout(180_000);
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', distDir], { encoding: 'utf8' });
  expect(run.error, 'Java must be installed (Debian: apt-get install -y default-jre-headless)').toBeUndefined();
  const errors = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.includes('error:'));
  expect(errors).toEqual([]);
  expect(run.status).toBe(0);
});
