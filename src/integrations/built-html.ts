import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );

/** Small, named rewrites of the built HTML, for what no component option reaches. */
const rewrites: { why: string; apply: (html: string) => string }[] = [
  {
    why: 'keep the hidden “Section titled …” text of heading anchors out of search excerpts',
    apply: (html) => html.replaceAll('<a class="sl-anchor-link"', '<a class="sl-anchor-link" data-pagefind-ignore'),
  },
  {
    // Starlight marks two inline sidebar scripts aria-hidden against a VoiceOver bug (WebKit 283645);
    // `aria-hidden` is not allowed on <script>. A hidden wrapper keeps them silent and the HTML valid.
    why: 'replace aria-hidden on <script> (invalid HTML) by a hidden wrapper',
    apply: (html) => html.replace(/<script aria-hidden="true">([\s\S]*?)<\/script>/g, '<span hidden><script>$1</script></span>'),
  },
];

/**
 * Runs before Starlight's Pagefind step (integration order), so the search index is built from
 * the rewritten pages.
 */
export function builtHtml(): AstroIntegration {
  return {
    name: 'dossier:built-html',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Hosts look for a language's 404 page as a file (`/en/404.html`), as they do for `/404.html`.
        for (const entry of readdirSync(root, { withFileTypes: true })) {
          const page = join(root, entry.name, '404');
          if (!entry.isDirectory() || !existsSync(join(page, 'index.html'))) continue;
          renameSync(join(page, 'index.html'), `${page}.html`);
          rmdirSync(page);
        }
        const files = htmlFiles(root);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const rewritten = rewrites.reduce((text, rewrite) => rewrite.apply(text), html);
          if (rewritten !== html) writeFileSync(file, rewritten);
        }
        logger.info(`${files.length} pages: ${rewrites.map((r) => r.why).join('; ')}`);
      },
    },
  };
}
