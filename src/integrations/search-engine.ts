import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Puts the site's search engine (src/scripts/search/engine.ts) where Starlight's search UI loads
 * Pagefind, `pagefind/pagefind.js`, with Pagefind's own module beside it as `pagefind-core.js`.
 * Listed after Starlight, so it runs once the index is written.
 */
export function searchEngine(): AstroIntegration {
  return {
    name: 'dossier:search-engine',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = join(fileURLToPath(dir), 'pagefind');
        if (!existsSync(join(bundle, 'pagefind.js'))) throw new Error(`${bundle}/pagefind.js is missing: the search engine must run after Starlight's Pagefind step (astro.config.mjs, integrations).`);
        renameSync(join(bundle, 'pagefind.js'), join(bundle, 'pagefind-core.js'));
        await build({
          entryPoints: [fileURLToPath(new URL('../scripts/search/engine.ts', import.meta.url))],
          outfile: join(bundle, 'pagefind.js'),
          bundle: true,
          minify: true,
          format: 'esm',
          target: 'es2022',
          logLevel: 'warning',
        });
        logger.info('pagefind/pagefind.js: the site search engine, over Pagefind (pagefind-core.js)');
      },
    },
  };
}
