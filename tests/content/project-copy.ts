import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

/**
 * A throw-away copy of the project to break or change without touching the real files. It lives
 * inside the project so that it resolves the project's node_modules by their real paths (a
 * symlinked node_modules confuses Vite's build).
 */
export function copyProject(prefix: string): string {
  const parent = join(projectRoot, '.test-copies');
  mkdirSync(parent, { recursive: true });
  const copy = mkdtempSync(join(parent, prefix));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  return copy;
}

/** Variables Vitest sets for its own Vite (BASE_URL, MODE, NODE_ENV=test …) must not leak into Astro's. */
const ownEnvironment = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)),
  );

/** Runs the Astro CLI in a copy; returns its exit status and everything it printed. */
export function runAstro(copy: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...ownEnvironment(), FORCE_COLOR: '0', ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
