import { constants, gzipSync } from 'node:zlib';

/** The files a search fetches: Pagefind's, and the search vocabulary with its shards of names. */
export const isSearchFile = (path: string) => path.startsWith('/pagefind/') || path.includes('/search-vocabulary');

/**
 * A search file's bytes over the wire, as the site's nginx configuration sends it: text
 * precompressed with gzip (src/lib/hosting/rules.ts); Pagefind's index files are compressed already.
 */
export const wireBytes = (path: string, body: Buffer) =>
  /\.(js|json)$/.test(path) ? gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length : body.length;
