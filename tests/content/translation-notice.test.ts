import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runAstro } from './project-copy';

/** Builds a copy whose German article changed after translation: readers of the English page must be told. */
let copy: string;
let build: ReturnType<typeof runAstro>;
const html = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  copy = copyProject('dossier-notice-');
  const german = join(copy, 'src/content/docs/de/articles/what-is-deepseek.mdx');
  writeFileSync(german, `${readFileSync(german, 'utf8')}\nEin neuer Absatz der Redaktion.\n`);
  build = runAstro(copy, ['build'], { SITE_URL: 'https://dossier.example.org' });
}, 180_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a translation whose German source changed', () => {
  it('is reported by the build, which still succeeds', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/\d+ translation\(s\) outdated: [^\n]*page articles\/what-is-deepseek\b/);
  });

  it('shows English readers a notice that links the German original', () => {
    const page = html('en/articles/what-is-deepseek');
    expect(page).toMatch(/data-translation-state="outdated"[^>]*>The German original was updated on \w+ \d{1,2}, \d{4}; this translation may be outdated\./);
    expect(page).toMatch(/<a href="\/de\/articles\/what-is-deepseek\/" hreflang="de"[^>]*>Read the German original<\/a>/);
  });

  it('leaves current translations and German pages without a notice', () => {
    expect(html('en/articles/limits-as-catalyst')).not.toContain('data-translation-state');
    expect(html('de/articles/what-is-deepseek')).not.toContain('data-translation-state');
  });

  it('lists the page as outdated on the translation status page, by its title', () => {
    expect(html('en/translation-status')).toMatch(
      /<tr data-state="outdated" data-id="articles\/what-is-deepseek"><td><a href="\/en\/articles\/what-is-deepseek\/">What is DeepSeek\?[^<]*<\/a>/,
    );
  });
});
