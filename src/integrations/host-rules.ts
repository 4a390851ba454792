import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';

/**
 * `_redirects` for hosts that read it (Netlify, Cloudflare Pages): real 301s for moved addresses
 * (forced, since the meta-refresh page that GitHub Pages needs exists at the same path), and each
 * language's own 404 page for a missing path under that language.
 */
export function hostRules({ redirects, base, langs }: { redirects: Record<string, string>; base: string; langs: string[] }): AstroIntegration {
  return {
    name: 'dossier:host-rules',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const lines = [
          ...Object.entries(redirects).map(([from, to]) => `${base}${from.slice(1)} ${to} 301!`),
          ...langs.map((lang) => `${base}${lang}/* ${base}${lang}/404.html 404`),
        ];
        writeFileSync(new URL('_redirects', dir), `${lines.join('\n')}\n`);
        logger.info(`_redirects: ${Object.keys(redirects).length} redirect(s), 404 pages for ${langs.join(', ')}`);
      },
    },
  };
}
