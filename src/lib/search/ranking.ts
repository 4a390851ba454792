/**
 * Pagefind ranking, used by the site search (through Starlight's config) and by the search-quality
 * suite and `bench:search`. Every weight is stated: Starlight fills the ones left out with its own
 * defaults, and Pagefind with different ones, so a partial object would rank differently in the
 * suite than in the readers' search.
 * - Starlight's weights: short pages and repeated words count little (pageLength, termFrequency,
 *   termSaturation), exact words far more than near misses (termSimilarity, diacriticSimilarity).
 * - A match in a page's title, or in a glossary term's label and aliases, outranks matches in
 *   running text (metaWeights).
 */
export const searchRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 5, aliases: 5 },
};
