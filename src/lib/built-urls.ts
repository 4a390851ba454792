import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The public URLs of a build (paths below the base): every HTML page and the data exports,
 * not assets such as scripts, images or the search index (Pagefind's, and the shards of the names
 * a search looks up, whose number follows the content).
 */
export function builtUrls(distDir: string): string[] {
  if (!existsSync(distDir)) throw new Error(`${distDir} does not exist: run \`npm run build\` first.`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return (['_astro', 'pagefind', 'og'].includes(entry.name) && dir === distDir) || entry.name === 'search-vocabulary' ? [] : walk(path);
      return /\.(html|json)$/.test(entry.name) ? [relative(distDir, path).split(sep).join('/')] : [];
    });
  return walk(distDir)
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
