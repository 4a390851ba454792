import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { extractSections } from '../../src/lib/content/sections';
import { languageCodes, languageOf } from '../../src/lib/languages';

/** What the source files say a page must show, so tests never copy expected text by hand. */
export const langs = languageCodes;
const docsDir = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

export interface ArticleSource {
  lang: string;
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
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/content/i18n/${languageOf(lang).tag}.json`, import.meta.url)), 'utf8')) as Record<
    string,
    string
  >;

const glossaryDir = fileURLToPath(new URL('../../src/content/glossary/', import.meta.url));

/** The glossary as its source files define it. */
export const glossary = readdirSync(glossaryDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => {
    const data = parseYaml(readFileSync(`${glossaryDir}/${file}`, 'utf8')) as {
      label: Record<string, string>;
      aliases?: Record<string, string[]>;
      definition: Record<string, string>;
    };
    return { id: file.replace(/\.yaml$/, ''), ...data };
  });

/** The built site, read from disk for checks that need every page. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const builtHtml = (url: string) =>
  readFileSync(`${distDir}${url.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html')}`, 'utf8');

/** The public origin the build was made for (SITE_URL), as its canonical URLs say. */
export const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(builtHtml('/de/'))![1]!).origin;
