import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The header rules of a build's `_headers` file (Netlify and Cloudflare Pages syntax), read back
 * so that the project's own server and the tests apply exactly what a static host would.
 */
export function readHostHeaders(dist: string): (path: string) => Record<string, string> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return () => ({});
  const blocks = readFileSync(file, 'utf8')
    .trim()
    .split(/\n(?=\S)/)
    .map((block) => {
      const [path = '', ...lines] = block.trim().split('\n');
      return { path, headers: Object.fromEntries(lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string])) };
    });
  // Later blocks add to and override earlier ones, as on those hosts.
  return (path) => Object.assign({}, ...blocks.filter((block) => pathMatches(block.path, path)).map((block) => block.headers));
}

/** `/de/*` matches everything below /de/; any other pattern only itself. */
export const pathMatches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
