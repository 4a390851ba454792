import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative } from 'node:path';

const git = (root: string, args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // not a repository, or the file has no history: callers fall back
  }
};

/**
 * The day a source file last changed: its last commit, or its modification time when it has
 * uncommitted changes or no history (a fresh copy, a tarball).
 */
export function lastChanged(root: string, file: string): string {
  const path = relative(root, file);
  const dirty = git(root, ['status', '--porcelain', '--', path]);
  const committed = dirty === '' ? git(root, ['log', '-1', '--format=%cs', '--', path])?.trim() : undefined;
  return committed || statSync(file).mtime.toISOString().slice(0, 10);
}

/**
 * The committed versions of a file, newest first, so that the version a translation was stamped
 * against can be found again and compared with today's text.
 */
export function* committedVersions(root: string, file: string): Generator<{ commit: string; date: string; text: string }> {
  const path = relative(root, file);
  const log = git(root, ['log', '--format=%H %cs', '--', path]) ?? '';
  for (const line of log.split('\n').filter(Boolean)) {
    const [commit = '', date = ''] = line.split(' ');
    const text = git(root, ['show', `${commit}:${path}`]);
    if (text !== undefined) yield { commit, date, text };
  }
}
