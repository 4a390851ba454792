import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );

/**
 * Runs before Starlight's Pagefind step (integration order) and keeps the copy-link anchors of
 * headings out of the index: their hidden "Section titled …" text would otherwise fill result excerpts.
 */
export function searchIndexCleanup(): AstroIntegration {
  return {
    name: 'dossier:search-index-cleanup',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const cleaned = html.replaceAll('<a class="sl-anchor-link"', '<a class="sl-anchor-link" data-pagefind-ignore');
          if (cleaned !== html) writeFileSync(file, cleaned);
        }
      },
    },
  };
}
