import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { extractSections } from '../../src/lib/content/sections';

/** What the source files say a page must show, so tests never copy expected text by hand. */
export const langs = ['de', 'en'] as const;
const docsDir = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

export interface ArticleSource {
  lang: (typeof langs)[number];
  slug: string;
  url: string;
  title: string;
  sections: { key: string; text: string }[];
  editorsNotes: number;
}

export const articles: ArticleSource[] = langs.flatMap((lang) =>
  readdirSync(`${docsDir}/${lang}/articles`).map((file) => {
    const { data, body } = splitFrontmatter(readFileSync(`${docsDir}/${lang}/articles/${file}`, 'utf8'));
    const slug = file.replace(/\.mdx?$/, '');
    return {
      lang,
      slug,
      url: `/${lang}/articles/${slug}/`,
      title: String(data.title),
      sections: extractSections(body).map((s) => ({ key: s.key ?? '', text: s.text })),
      editorsNotes: body.match(/<EditorsNote /g)?.length ?? 0,
    };
  }),
);

export const uiStrings = (lang: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/content/i18n/${lang}.json`, import.meta.url)), 'utf8')) as Record<
    string,
    string
  >;
