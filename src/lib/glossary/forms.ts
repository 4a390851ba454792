import type { GlossaryTerm } from './load';
import type { TermForms } from './matcher';

/** The label and aliases of each term in one language: what the matcher looks for. */
export const termForms = (terms: GlossaryTerm[], lang: keyof GlossaryTerm['label']): TermForms[] =>
  terms.map((term) => ({ id: term.id, forms: [term.label[lang], ...term.aliases[lang]] }));
