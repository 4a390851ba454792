import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { headersFile, hostRules as rulesFor, nginxConf, redirectsFile } from '../lib/hosting/rules';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/** `file.gz` beside every text file, for servers that send precompressed files (nginx's gzip_static). */
function precompress(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((count, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return count + precompress(path);
    if (!COMPRESSIBLE.test(entry.name)) return count;
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
    return count + 1;
  }, 0);
}

/**
 * Writes what web servers need, from one description (src/lib/hosting/rules.ts): `_headers` and
 * `_redirects` for Netlify and Cloudflare Pages, and `nginx.conf`, a server block for nginx. The
 * meta-refresh redirect pages stay for hosts without rules (GitHub Pages).
 */
export function hostRules(options: { redirects: Record<string, string>; base: string; langs: string[]; headers: () => Record<string, string> }): AstroIntegration {
  return {
    name: 'dossier:host-rules',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const rules = rulesFor({ ...options, headers: options.headers() });
        writeFileSync(new URL('_headers', dir), headersFile(rules));
        writeFileSync(new URL('_redirects', dir), redirectsFile(rules));
        writeFileSync(new URL('nginx.conf', dir), nginxConf(rules));
        const compressed = precompress(fileURLToPath(dir));
        logger.info(`_headers, _redirects and nginx.conf: ${rules.redirects.length} redirect(s), 404 pages for ${options.langs.join(', ')}; ${compressed} files precompressed`);
      },
    },
  };
}
