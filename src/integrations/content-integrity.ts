import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content/integrity';

/** Fails `astro dev|build|check|sync` early when the content breaks a cross-file rule. */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'dossier:content-integrity',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
        const problems = checkContent(docsDir, fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new AstroError(
            `The content has ${problems.length} problem(s):\n${formatProblems(problems)}`,
            'Fix the files named above; each line says what to change.',
          );
        }
      },
    },
  };
}
