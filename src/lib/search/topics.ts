import { getCollection } from 'astro:content';

const cached = new Map<string, Promise<Map<string, string>>>();

/**
 * The search's topic filter is named after the topic pages. A page's topic ids (frontmatter
 * `topics`) map to the topic page that lists the id first, or else to one that lists it at all.
 * Computed once per language for the whole build.
 */
export function topicPageTitles(lang: string): Promise<Map<string, string>> {
  if (!cached.has(lang)) {
    cached.set(
      lang,
      (async () => {
        const pages = (await getCollection('docs', (entry) => entry.id.startsWith(`${lang}/topics/`))).sort((a, b) => a.id.localeCompare(b.id));
        const titles = new Map<string, string>();
        for (const firstOnly of [true, false]) {
          for (const page of pages) {
            const topics = 'topics' in page.data ? page.data.topics : [];
            for (const [i, topic] of topics.entries()) if ((!firstOnly || i === 0) && !titles.has(topic)) titles.set(topic, page.data.title);
          }
        }
        return titles;
      })(),
    );
  }
  return cached.get(lang)!;
}
