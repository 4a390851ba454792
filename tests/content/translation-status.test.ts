import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translationLanguages } from '../../src/lib/languages';
import { sourceChange } from '../../src/lib/translation/changes';
import { stamp } from '../../src/lib/translation/stamp';
import { contentPaths, translationStatus } from '../../src/lib/translation/status';
import { projectRoot } from './paths';

/** Works on a copy of the content in its own git repository, so the real files are never touched. */
let root: string;
let paths: ReturnType<typeof contentPaths>;
const page = 'articles/what-is-deepseek';
const german = () => join(paths.docs, 'de', `${page}.mdx`);
const english = () => join(paths.docs, 'en', `${page}.mdx`);
const notCurrent = () => translationStatus(paths).filter((s) => s.state !== 'current').map((s) => `${s.lang} ${s.kind} ${s.id} ${s.state}`);
/** The same line for every translation language. */
const inEvery = (line: string) => translationLanguages.map(({ code }) => `${code} ${line}`);
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: root, stdio: 'ignore' });
const statusCommand = () =>
  spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts/i18n-status.ts')], {
    cwd: root,
    encoding: 'utf8',
  });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-i18n-'));
  cpSync(join(projectRoot, 'src/content'), join(root, 'src/content'), { recursive: true });
  paths = contentPaths(root);
  // Start from a fully stamped copy, whatever the state of the real content.
  for (const { code, tag } of translationLanguages) {
    for (const file of readdirSync(join(paths.docs, code), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
      stamp(paths, join(paths.docs, code, file));
    }
    for (const file of readdirSync(paths.glossary)) stamp(paths, join(paths.glossary, file), code);
    stamp(paths, join(paths.i18n, `${tag}.json`));
  }
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'stamped');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('translation status', () => {
  it('starts with every translation current', () => {
    expect(notCurrent()).toEqual([]);
  });

  it('keeps a translation current when only its German page’s dates change', () => {
    const text = readFileSync(german(), 'utf8');
    writeFileSync(german(), text.replace(/^lastUpdated:.*$/m, 'lastUpdated: 2030-01-01'));
    expect(notCurrent()).toEqual([]);
    writeFileSync(german(), text);
  });

  it('marks exactly the page whose German paragraph changed as outdated, with a diff of the German text', () => {
    const text = readFileSync(german(), 'utf8');
    const paragraph = text.split('\n').find((line) => /^[A-ZÄÖÜ]/.test(line) && line.length > 80)!;
    writeFileSync(german(), text.replace(paragraph, `${paragraph} Ein neuer Satz der Redaktion.`));

    expect(notCurrent()).toEqual(inEvery(`page ${page} outdated`));
    const outdated = translationStatus(paths).find((s) => s.state === 'outdated')!;
    const change = sourceChange(paths, outdated);
    expect(change.diff).toContain(`+${paragraph} Ein neuer Satz der Redaktion.`);
    expect(change.diff).toContain(`-${paragraph}`);
    expect(change.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reports an outdated page in the status command without failing it', () => {
    const run = statusCommand();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`outdated\\s+page\\s+${page}`));
    expect(run.stdout).toContain('Ein neuer Satz der Redaktion.');
  });

  it('makes the page current again once each translation is stamped', () => {
    stamp(paths, english());
    expect(notCurrent()).toEqual(inEvery(`page ${page} outdated`).filter((line) => !line.startsWith('en ')));
    for (const { code } of translationLanguages) stamp(paths, join(paths.docs, code, `${page}.mdx`));
    expect(notCurrent()).toEqual([]);
  });

  it('marks a deleted English page as missing and fails the status command', () => {
    unlinkSync(english());
    expect(notCurrent()).toEqual([`en page ${page} missing`]);
    const run = statusCommand();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`missing\\s+page\\s+${page}`));
  });

  it('marks a changed glossary definition and a changed UI string as outdated', () => {
    const term = join(paths.glossary, readdirSync(paths.glossary)[0]!);
    writeFileSync(term, readFileSync(term, 'utf8').replace(/^(\s+de: )(.+)$/m, '$1$2 Geändert.'));
    const strings = JSON.parse(readFileSync(join(paths.i18n, 'de.json'), 'utf8')) as Record<string, string>;
    strings['site.title'] = 'Geänderter Titel';
    writeFileSync(join(paths.i18n, 'de.json'), JSON.stringify(strings));
    const outdated = translationStatus(paths).filter((s) => s.state === 'outdated');
    const id = readdirSync(paths.glossary)[0]!.replace('.yaml', '');
    expect(outdated.map((s) => `${s.lang} ${s.kind} ${s.id}`).sort()).toEqual([...inEvery(`term ${id}`), ...inEvery('ui-string site.title')].sort());
  });
});
