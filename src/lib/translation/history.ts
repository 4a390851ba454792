import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative } from 'node:path';

const git = (root: string, args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    return undefined; // not a repository, or the file has no history: callers fall back
  }
};

interface History {
  top: string;
  /** Path below the repository's top → the day of the last commit that changed it. */
  committed: Map<string, string>;
  /** Paths with uncommitted changes. */
  dirty: Set<string>;
}

// The status page lists thousands of files: two git calls per file took minutes at scale. One log
// and one status serve every file for a few seconds; a dev server still sees edits a moment later.
const fresh = 10_000;
const histories = new Map<string, { at: number; history: History | undefined }>();
function historyOf(root: string): History | undefined {
  const known = histories.get(root);
  if (known && performance.now() - known.at < fresh) return known.history;
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  let history: History | undefined;
  if (top) {
    const committed = new Map<string, string>();
    let day = '';
    // Newest commit first: the first day a path appears with is its last change.
    for (const line of (git(top, ['log', '--format=%x00%cs', '--name-only', '--no-renames']) ?? '').split('\n')) {
      if (line.startsWith('\0')) day = line.slice(1);
      else if (line && !committed.has(line)) committed.set(line, day);
    }
    const dirty = new Set(
      (git(top, ['status', '--porcelain', '--untracked-files=all', '--no-renames', '-z']) ?? '')
        .split('\0')
        .filter(Boolean)
        .map((entry) => entry.slice(3)),
    );
    history = { top, committed, dirty };
  }
  histories.set(root, { at: performance.now(), history });
  return history;
}

/**
 * The day a source file last changed: its last commit, or its modification time when it has
 * uncommitted changes or no history (a fresh copy, a tarball).
 */
export function lastChanged(root: string, file: string): string {
  const history = historyOf(root);
  const path = history && relative(history.top, file);
  const committed = path && !history.dirty.has(path) ? history.committed.get(path) : undefined;
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
