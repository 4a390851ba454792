/**
 * `npm run urls:update` — adds the URLs of the current build to tests/url-manifest.json.
 * URLs are only ever added: a URL that disappears needs a redirect in src/redirects.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtUrls } from '../src/lib/built-urls';

const manifestFile = 'tests/url-manifest.json';
const known: string[] = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : [];
const urls = [...new Set([...known, ...builtUrls('dist')])].sort();
writeFileSync(manifestFile, `${JSON.stringify(urls, null, 2)}\n`);
console.log(`${manifestFile}: ${urls.length} URLs (${urls.length - known.length} new)`);
