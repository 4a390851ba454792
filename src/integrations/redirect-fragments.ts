import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro's static redirect pages use `<meta http-equiv="refresh">`, which drops the `#fragment`.
 * A one-line script before it carries the fragment over, so `/old/#section` lands on `/new/#section`;
 * without JavaScript the meta refresh still reaches the page.
 */
export function redirectFragments(redirects: Record<string, string>): AstroIntegration {
  return {
    name: 'dossier:redirect-fragments',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const [from, to] of Object.entries(redirects)) {
          const file = fileURLToPath(new URL(`.${from.replace(/\/?$/, '/')}index.html`, dir));
          if (!existsSync(file)) throw new Error(`redirect page for ${from} is missing in the build (${file})`);
          const script = `<script>location.replace(${JSON.stringify(to)}+location.hash)</script>`;
          const html = readFileSync(file, 'utf8')
            .replace('<meta http-equiv="refresh"', `${script}<meta http-equiv="refresh"`)
            // The HTML standard wants a space after the delay: "0; url=…".
            .replace(/content="0;url=/, 'content="0; url=');
          writeFileSync(file, html);
        }
        logger.info(`${Object.keys(redirects).length} redirect page(s) keep the #fragment`);
      },
    },
  };
}
