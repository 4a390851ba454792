import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/built-html';
import { copyProject, runAstro } from './project-copy';
import { projectRoot } from './paths';

/**
 * One full build of a copy of the project, changed in three ways that do not touch each other (a
 * build takes most of a minute): it is built for a custom domain below a sub-path, its German
 * article changed after it was translated, and it has a fourth, test-only language (French) added
 * the way an editor adds one: configuration, one UI-string file and content, no code.
 */
const origin = 'https://dossier.example.org';
const base = '/wiki/dossier/';
let copy: string;
let build: ReturnType<typeof runAstro>;
const page = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  copy = copyProject('dossier-copy-');
  const german = join(copy, 'src/content/docs/de/articles/what-is-deepseek.mdx');
  writeFileSync(german, `${readFileSync(german, 'utf8')}\nEin neuer Absatz der Redaktion.\n`);
  addFrench(copy);
  build = runAstro(copy, ['build'], { SITE_URL: origin, BASE_PATH: base });
}, 240_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** French as a fourth language: an entry in src/languages.json, fr.json and stub content copied from English. */
function addFrench(root: string) {
  const configFile = join(root, 'src/languages.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { languages: Record<string, unknown>[] };
  const english = config.languages.find((l) => l.code === 'en')!;
  const french = { ...english, code: 'fr', tag: 'fr', name: 'French', label: 'Français', ogLocale: 'fr_FR', pagefind: 'fr', citation: { language: 'fr', biblatex: 'french' }, stopwords: { package: 'stopword', list: 'fra' } };
  writeFileSync(configFile, JSON.stringify({ ...config, languages: [...config.languages, french] }, null, 2));
  cpSync(join(root, 'src/content/i18n/en.json'), join(root, 'src/content/i18n/fr.json'));
  // Stub pages: the English ones, their links pointed at the French pages as a translator would.
  const docs = join(root, 'src/content/docs');
  cpSync(join(docs, 'en'), join(docs, 'fr'), { recursive: true });
  for (const file of readdirSync(join(docs, 'fr'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
    writeFileSync(join(docs, 'fr', file), readFileSync(join(docs, 'fr', file), 'utf8').replaceAll('](/en/', '](/fr/'));
  }
  const glossary = join(root, 'src/content/glossary');
  for (const file of readdirSync(glossary)) {
    const doc = parseDocument(readFileSync(join(glossary, file), 'utf8'));
    for (const field of ['label', 'aliases', 'definition', 'explanation']) doc.setIn([field, 'fr'], doc.getIn([field, 'en']));
    writeFileSync(join(glossary, file), doc.toString());
  }
}

/** The code files of a project: a language is added without touching any of them. */
const codeFiles = (root: string) =>
  readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mjs)$/.test(file))
    .map((file) => [file, readFileSync(join(root, 'src', file), 'utf8')]);

it('the build succeeds', () => {
  expect(build.status, build.output).toBe(0);
});

describe(`a build for ${origin}${base}`, () => {
  it('links and loads everything below the base path', () => {
    const files = htmlFiles(join(copy, 'dist'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const outside = [...readFileSync(file, 'utf8').matchAll(/\b(?:href|src|content|url)=["']?(\/[^"' >]*)/g)]
        .map((m) => m[1]!)
        .filter((url) => !url.startsWith('//') && !url.startsWith(base));
      expect(outside, relative(copy, file)).toEqual([]);
    }
  });

  it('writes absolute URLs (canonical, og:url, og:image, hreflang, citations) with the domain and base', () => {
    const html = page('en/articles/what-is-deepseek');
    const url = `${origin}${base}en/articles/what-is-deepseek/`;
    expect(html).toContain(`<link rel="canonical" href="${url}"`);
    expect(html).toContain(`<meta property="og:url" content="${url}"`);
    expect(html).toContain(`<meta property="og:image" content="${origin}${base}og/en/articles/what-is-deepseek.png"`);
    expect(html).toContain(`hreflang="de" href="${origin}${base}de/articles/what-is-deepseek/"`);
    expect(html).toContain(`{{cite web |url=${url} |`);
    const absolute = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((m) => m[0]).filter((u) => u.includes('localhost'));
    expect(absolute).toEqual([]);
  });

  it('keeps redirects inside the base path', () => {
    expect(page('de/glossar')).toContain(`location.replace("${base}de/glossary/"+location.hash)`);
  });
});

describe('a translation whose German source changed', () => {
  it('is reported by the build, which still succeeds', () => {
    expect(build.output).toMatch(/\d+ translation\(s\) outdated: [^\n]*page articles\/what-is-deepseek\b/);
  });

  it('shows English readers a notice that links the German original', () => {
    const html = page('en/articles/what-is-deepseek');
    expect(html).toMatch(/data-translation-state="outdated"[^>]*>The German original was updated on \w+ \d{1,2}, \d{4}; this translation may be outdated\./);
    expect(html).toContain(`<a href="${base}de/articles/what-is-deepseek/" hreflang="de"`);
    expect(html).toMatch(/hreflang="de"[^>]*>Read the German original<\/a>/);
  });

  it('offers no quote citations on it, whose paragraphs may no longer match the German, but does on current ones', () => {
    expect(page('en/articles/what-is-deepseek')).not.toContain('cite-quote-button');
    expect(page('en/articles/limits-as-catalyst')).toContain('cite-quote-button');
    expect(page('de/articles/what-is-deepseek')).toContain('cite-quote-button');
  });

  it('leaves current translations and German pages without a notice', () => {
    expect(page('en/articles/limits-as-catalyst')).not.toContain('data-translation-state');
    expect(page('de/articles/what-is-deepseek')).not.toContain('data-translation-state');
  });

  it('lists the page as outdated on the translation status page, by its title', () => {
    expect(page('en/translation-status')).toMatch(
      new RegExp(`<tr data-id="articles/what-is-deepseek"><td><a href="${base}en/articles/what-is-deepseek/">What is DeepSeek\\?[^<]*</a></td><td data-lang="en" data-state="outdated">outdated</td>`),
    );
  });
});

describe('a fourth language, added by configuration and content only', () => {
  it('needed no change to a .ts, .astro or .mjs file', () => {
    expect(codeFiles(copy)).toEqual(codeFiles(projectRoot));
    expect(readFileSync(join(copy, 'astro.config.mjs'), 'utf8')).toBe(readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8'));
  });

  it('has its pages, with every language as hreflang alternate', () => {
    const html = page('fr/articles/what-is-deepseek');
    expect(html).toMatch(/<html[^>]* lang="fr"/);
    for (const code of ['de', 'en', 'fr']) {
      expect(html).toContain(`hreflang="${code}" href="${origin}${base}${code}/articles/what-is-deepseek/"`);
    }
    expect(page('de/articles/what-is-deepseek')).toContain(`hreflang="fr" href="${origin}${base}fr/articles/what-is-deepseek/"`);
    expect(page('fr/glossary/h800')).toContain('<h1');
    expect(page('')).toContain(`href="${base}fr/" hreflang="fr"`);
  });

  it('has its own search index', () => {
    const entry = JSON.parse(readFileSync(join(copy, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.fr?.page_count).toBeGreaterThan(50);
  });

  it('is listed on the translation status page, its stub content not yet stamped', () => {
    const status = page('de/translation-status');
    expect(status).toMatch(/<td data-lang="fr" data-state="outdated">/);
    expect(status).toMatch(/<li data-lang="fr"><span lang="fr">Français<\/span>:/);
  });
});

