import { getCollection } from 'astro:content';

/**
 * The search's topic filter is named after the topic pages. A page's topic ids (frontmatter
 * `topics`) map to the topic page that lists the id first, or else to one that lists it at all.
 */
export async function topicPageTitles(lang: string): Promise<Map<string, string>> {
  const pages = (await getCollection('docs', (entry) => entry.id.startsWith(`${lang}/topics/`))).sort((a, b) => a.id.localeCompare(b.id));
  const titles = new Map<string, string>();
  for (const position of [0, Infinity]) {
    for (const page of pages) {
      const topics = 'topics' in page.data ? page.data.topics : [];
      for (const [i, topic] of topics.entries()) if ((position === 0 ? i === 0 : true) && !titles.has(topic)) titles.set(topic, page.data.title);
    }
  }
  return titles;
}
