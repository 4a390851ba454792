/**
 * `npm run new -- article <slug> <seed-file>` or `npm run new -- term <id> <category>`:
 * creates the files of every language with frontmatter that passes the schemas, so that a
 * contributor starts from a valid page and the build points at what is still to write.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { languages, sourceLanguage, translationLanguages } from '../src/lib/languages';
import { glossaryCategories } from '../src/schemas/glossary';
import { contentPaths } from '../src/lib/translation/status';

const [kind, id, extra] = process.argv.slice(2);
const today = new Date().toISOString().slice(0, 10);
const paths = contentPaths(process.cwd());
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
/** A YAML block with one TODO value per language. */
const perLanguage = (todo: string) => languages.map(({ code }) => `  ${code}: ${todo}`).join('\n');
const create = (file: string, text: string) => {
  if (existsSync(file)) fail(`${file} exists already; choose another id or edit it.`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`created ${file}`);
};

if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  fail('usage: npm run new -- article <slug> <seed-file>  |  npm run new -- term <id> <category>  (ids in lowercase-with-dashes)');
}

if (kind === 'article') {
  if (!extra || !/^\d{3}_[0-9a-f]{16}\.txt$/.test(extra)) fail('name the seed file, e.g. npm run new -- article my-slug 005_0123456789abcdef.txt');
  const page = (title: string, description: string) => `---
title: ${title}
description: ${description}
published: ${today}
lastUpdated: ${today}
source:
  file: ${extra}
  headline: TODO original headline
topics: []
terms: []
---
import EditorsNote from '~/components/EditorsNote.astro';

TODO

## TODO {#${id}-start}

TODO
`;
  for (const { code } of languages) create(join(paths.docs, code, 'articles', `${id}.mdx`), page('TODO title', 'TODO description, at most 160 characters'));
  console.log(
    `Write the ${sourceLanguage.name} page, translate it, then stamp each translation: ` +
      translationLanguages.map(({ code }) => `npm run i18n:stamp -- src/content/docs/${code}/articles/${id}.mdx`).join('; '),
  );
} else if (kind === 'term') {
  const categories: readonly string[] = glossaryCategories;
  if (!extra || !categories.includes(extra)) fail(`give a category: ${categories.join(', ')}`);
  create(
    join(paths.glossary, `${id}.yaml`),
    `category: ${extra}
label: { ${languages.map(({ code }) => `${code}: ${id}`).join(', ')} }
aliases: { ${languages.map(({ code }) => `${code}: []`).join(', ')} }
definition:
${perLanguage('TODO definition in one or two sentences (at most 280 characters).')}
explanation:
${perLanguage('TODO explanation, related to the articles.')}
related: []
# Further reading, one list for both languages: the original title, the author or organisation,
# the publication date ("2024", "2024-12" or "2024-12-27") and, where the work is online, its URL.
#   - title: "DeepSeek-V3 Technical Report"
#     publisher: "DeepSeek-AI"
#     date: "2024-12-27"
#     url: "https://arxiv.org/abs/2412.19437"
references: []
published: ${today}
updated: ${today}
`,
  );
  console.log(
    `Write every language, then stamp each translation: ` +
      translationLanguages.map(({ code }) => `npm run i18n:stamp -- --lang=${code} src/content/glossary/${id}.yaml`).join('; '),
  );
} else {
  fail('usage: npm run new -- article <slug> <seed-file>  |  npm run new -- term <id> <category>');
}
