import { spawnSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumPath, testChromiumFlags } from './scripts/lib/chromium';

/**
 * A free port, chosen once by the runner and inherited by its workers through the environment,
 * so that a preview server someone already runs (on 4321 or elsewhere) never collides with or
 * stands in for the one under test.
 */
process.env.DOSSIER_TEST_PORT ??= spawnSync(
  process.execPath,
  ['-e', "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"],
  { encoding: 'utf8' },
).stdout.trim();
const port = Number(process.env.DOSSIER_TEST_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error(`No free port for the preview server (DOSSIER_TEST_PORT=${process.env.DOSSIER_TEST_PORT})`);

/**
 * Browser tests run against the built site in Debian's Chromium. It is served by the project's own
 * static server rather than `astro preview`, which refuses to start while a developer's preview
 * of the same folder runs.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // Each test keeps to a third of its timeout on an idle 2-core machine; the rest is margin for load.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/reporters/slowest.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: testChromiumFlags,
    },
  },
  webServer: {
    command: `tsx scripts/serve.ts ${port}`,
    url: `http://127.0.0.1:${port}/de/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
