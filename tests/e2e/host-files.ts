import { readFileSync } from 'node:fs';
import { pathMatches, readHostHeaders } from '../../scripts/lib/host-headers';
import { distDir } from './content';

/**
 * What `_headers` and `_redirects` tell a CDN to do, read back from the built files: the
 * expectation every server of the site must meet, so that no host's configuration drifts.
 * `cdnHeaders(path)`: the headers a response for this path carries.
 */
export const cdnHeaders = readHostHeaders(distDir);

const rules = readFileSync(`${distDir}_redirects`, 'utf8').trim().split('\n').map((line) => line.split(/\s+/));
/** Moved addresses and their targets (301). */
export const cdnRedirects = rules.filter(([, , status]) => status === '301!').map(([from = '', to = '']) => ({ from, to }));
/** The 404 page served for a missing path. */
export const cdnNotFound = (path: string) => rules.find(([from = '', , status]) => status === '404' && pathMatches(from, path))?.[1] ?? '/404.html';
