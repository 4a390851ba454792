/**
 * Pagefind ranking for both languages, used by the site search (through Starlight's config)
 * and by the search-quality suite. A match in a page's title, or in a glossary term's label and
 * aliases, outranks matches in running text.
 */
export const searchRanking = {
  metaWeights: { title: 5, aliases: 5 },
};
