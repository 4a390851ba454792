import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { readHostHeaders } from './host-headers';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/**
 * Serves a build folder the way a static host does: index.html for folders, for a missing path
 * the 404 page of its language folder (`/en/x` → `/en/404.html`), else `/404.html`, and the
 * headers of the build's `_headers` file (security policy, caching of hashed assets).
 * Tests and benchmarks use it on a free port, beside any preview server a developer has open.
 */
export function serveStatic(dir: string, port = 0): Promise<Server> {
  const headersFor = readHostHeaders(dir);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) {
      const languageNotFound = join(dir, path.split('/')[1] ?? '', '404.html');
      file = existsSync(languageNotFound) ? languageNotFound : join(dir, '404.html');
    }
    response.writeHead(found ? 200 : 404, { ...headersFor(path), 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The origin a server from `serveStatic` listens on. */
export const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
