import type { ContentProblem } from '../content/integrity';
import type { GlossaryTerm } from './load';
import { languageCodes } from '../languages';

/** Cross-term rules a per-file schema cannot see: unique aliases, existing related terms. */
export function checkGlossary(terms: GlossaryTerm[], glossaryDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set(terms.map((term) => term.id));
  for (const lang of languageCodes) {
    const owner = new Map<string, string>();
    for (const term of terms) {
      for (const form of [term.label[lang], ...term.aliases[lang]]) {
        const key = form.toLocaleLowerCase(lang);
        const other = owner.get(key);
        if (other && other !== term.id) {
          problems.push({
            file: `${glossaryDir}/${term.file}`,
            field: `aliases.${lang}`,
            message: `“${form}” is also a label or alias of the term “${other}”`,
            fix: `keep “${form}” in one term only, so every mention links to one page`,
          });
        }
        owner.set(key, term.id);
      }
    }
  }
  for (const term of terms) {
    for (const related of term.related.filter((id) => !ids.has(id) || id === term.id)) {
      problems.push({
        file: `${glossaryDir}/${term.file}`,
        field: 'related',
        message: related === term.id ? 'a term cannot be related to itself' : `unknown term “${related}”`,
        fix: `use ids of files in ${glossaryDir}/, e.g. ${[...ids].slice(0, 3).join(', ')}`,
      });
    }
  }
  return problems;
}

/** Article frontmatter `terms` must name existing glossary terms. */
export function checkTermReferences(file: string, referenced: unknown, terms: GlossaryTerm[], glossaryDir: string): ContentProblem[] {
  if (!Array.isArray(referenced)) return [];
  const ids = new Set(terms.map((term) => term.id));
  return referenced
    .filter((id) => !ids.has(String(id)))
    .map((id) => ({
      file,
      field: 'terms',
      message: `unknown glossary term “${String(id)}”`,
      fix: `add ${glossaryDir}/${String(id)}.yaml, or use an existing id`,
    }));
}
