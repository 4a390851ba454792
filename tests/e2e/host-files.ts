import { readFileSync } from 'node:fs';
import { distDir } from './content';

/**
 * What `_headers` and `_redirects` tell a CDN to do, read back from the built files: the
 * expectation every server of the site must meet, so that no host's configuration drifts.
 */
const blocks = readFileSync(`${distDir}_headers`, 'utf8')
  .trim()
  .split(/\n(?=\S)/)
  .map((block) => {
    const [path = '', ...lines] = block.trim().split('\n');
    return { path, headers: Object.fromEntries(lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string])) };
  });
const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** The headers a response for this path carries: the `/*` block and the blocks that match it. */
export const cdnHeaders = (path: string): Record<string, string> =>
  Object.assign({}, ...blocks.filter((block) => matches(block.path, path)).map((block) => block.headers));

const rules = readFileSync(`${distDir}_redirects`, 'utf8').trim().split('\n').map((line) => line.split(/\s+/));
/** Moved addresses and their targets (301). */
export const cdnRedirects = rules.filter(([, , status]) => status === '301!').map(([from = '', to = '']) => ({ from, to }));
/** The 404 page served for a missing path. */
export const cdnNotFound = (path: string) => rules.find(([from = '', , status]) => status === '404' && matches(from, path))?.[1] ?? '/404.html';
