import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './paths';

/**
 * Breaks a copy of the project in one way at a time and runs `astro sync`, which every
 * dev, build and check starts with: it must fail and name the file, the field and the fix.
 */
let copy: string;
const article = 'src/content/docs/en/articles/what-is-deepseek.mdx';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'dossier-bad-input-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function syncWith(file: string, edit: (text: string) => string | null) {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  const edited = edit(original);
  if (edited === null) unlinkSync(path);
  else writeFileSync(path, edited);
  try {
    const run = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: copy, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    writeFileSync(path, original);
  }
}

describe('bad input fails early with file, field and fix', () => {
  it('a frontmatter field of the wrong type', () => {
    const { status, output } = syncWith(article, (text) => text.replace(/^topics:.*$/m, 'topics: 42'));
    expect(status).not.toBe(0);
    expect(output).toContain('en/articles/what-is-deepseek');
    expect(output).toMatch(/topics/);
  });

  it('a missing description', () => {
    const { status, output } = syncWith(article, (text) => text.replace(/^description:.*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('en/articles/what-is-deepseek');
    expect(output).toMatch(/description/);
  });

  it('an article without its English counterpart', () => {
    const { status, output } = syncWith(article, () => null);
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/docs/de/articles/what-is-deepseek.mdx [(file)]: has no English translation');
    expect(output).toContain('fix: create src/content/docs/en/articles/what-is-deepseek.mdx');
  });
});
