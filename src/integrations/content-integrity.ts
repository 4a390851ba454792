import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content/integrity';
import { checkGlossary } from '../lib/glossary/integrity';
import { GlossaryFileError, loadGlossary } from '../lib/glossary/load';
import { contentPaths, translationStatus } from '../lib/translation/status';

/** Fails `astro dev|build|check|sync` early when the content breaks a cross-file rule. */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'dossier:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
        const glossaryDir = fileURLToPath(new URL('content/glossary/', config.srcDir));
        const glossaryShown = relative(root, glossaryDir).replace(/\/$/, '');
        let terms;
        try {
          terms = loadGlossary(glossaryDir);
        } catch (error) {
          if (error instanceof GlossaryFileError) throw new AstroError(error.message, 'Fix the field named above.');
          throw error;
        }
        const problems = [
          ...checkContent(docsDir, root, { terms, dir: glossaryShown }),
          ...checkGlossary(terms, glossaryShown),
        ];
        if (problems.length > 0) {
          throw new AstroError(
            `The content has ${problems.length} problem(s):\n${formatProblems(problems)}`,
            'Fix the files named above; each line says what to change.',
          );
        }
        // Outdated translations are published (with a notice to readers) but reported here.
        const outdated = translationStatus(contentPaths(root)).filter((s) => s.state === 'outdated');
        if (outdated.length > 0) {
          // The first few name the kind of work; the status command lists them all.
          const named = outdated.slice(0, 10).map((s) => `${s.kind} ${s.id} (${s.lang})`);
          const more = outdated.length > named.length ? `, and ${outdated.length - named.length} more` : '';
          logger.warn(`${outdated.length} translation(s) outdated: ${named.join(', ')}${more}. See \`npm run i18n:status\`.`);
        }
      },
    },
  };
}
