import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossaryTermSchema, type GlossaryTermData } from '../../schemas/glossary';

export interface GlossaryTerm extends GlossaryTermData {
  id: string;
  file: string;
}

/** Thrown when a term file does not match the schema; the message names the file and field. */
export class GlossaryFileError extends Error {}

/**
 * Reads every term file, validated by the same schema as the `glossary` collection.
 * Build-time tools (the Markdown linker, the content checks) need the terms before
 * Astro's content layer has loaded them.
 */
export function loadGlossary(dir: string): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const result = glossaryTermSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) {
        const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n');
        throw new GlossaryFileError(`${join(dir, file)} does not match the glossary schema:\n${issues}`);
      }
      return { ...result.data, id: file.replace(/\.yaml$/, ''), file };
    });
}
