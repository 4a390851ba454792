import { expect, test, type Page } from '@playwright/test';
import ogs from 'open-graph-scraper';
import wtf from 'wtf_wikipedia';
import { builtUrls } from '../../src/lib/built-urls';
import { languageOf, sourceLanguage } from '../../src/lib/languages';
import { articles, builtHtml, distDir, langs, site, uiStrings } from './content';

const citablePages = [
  ...articles.filter((a) => a.slug === 'what-is-deepseek').map((a) => ({ url: a.url, lang: a.lang, title: a.title })),
  { url: '/en/glossary/h800/', lang: 'en' as const, title: 'H800' },
];

test.describe('cite this page', () => {
  for (const { url, lang, title } of citablePages) {
    test(`${url}: every format is readable without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(url);
      const strings = uiStrings(lang);
      await expect(page.getByRole('heading', { name: strings['cite.heading'] })).toBeVisible();
      const [cite] = wtf(`<ref>${await page.locator('#cite-mediawiki-text').textContent()}</ref>`).references().map((r) => r.json());
      expect(cite).toMatchObject({ url: `${site}${url}`, title, website: 'DeepSeek-Dossier', language: languageOf(lang).citation.language });
      await expect(page.locator('#cite-bibtex-text')).toContainText('@online{');
      await expect(page.locator('#cite-markdown-text')).toContainText(`[${title}](${site}${url})`);
      // Copy buttons need JavaScript, so they are hidden without it.
      await expect(page.locator('.cite-format button.cite-copy')).toHaveCount(4);
      for (const button of await page.locator('button.cite-copy').all()) await expect(button).toBeHidden();
      await context.close();
    });
  }

  test('the English article says it is a translation of the German original', async ({ page, baseURL }) => {
    const german = articles.find((a) => a.lang === 'de' && a.slug === 'what-is-deepseek')!;
    await page.goto('/en/articles/what-is-deepseek/');
    // The citation takes the reader's address as it nears the screen.
    await page.locator('#cite-mediawiki-text').scrollIntoViewIfNeeded();
    await expect(page.locator('#cite-mediawiki-text')).toContainText(
      `|type=Translated from the German original “${german.title}” (${baseURL}${german.url})`,
    );
  });

  test('the citation becomes the reader’s (today, the address they are on) as the cite block nears the screen, not while the page loads', async ({ page, baseURL }) => {
    // Today's date in the reader's language costs the page's first Intl date format: no work a reader did not ask for.
    await page.clock.setFixedTime(new Date('2030-05-01T10:00:00Z'));
    await page.goto('/de/articles/what-is-deepseek/');
    await page.waitForLoadState('networkidle');
    const citation = page.locator('#cite-mediawiki-text');
    await expect(citation).toContainText(`|url=${site}/de/articles/what-is-deepseek/`);
    await expect(citation).not.toContainText('2030-05-01');
    await citation.scrollIntoViewIfNeeded();
    await expect(citation).toContainText('|access-date=2030-05-01');
    await expect(citation).toContainText(`|url=${baseURL}/de/articles/what-is-deepseek/`);
  });

  test('a copy button copies its citation, by keyboard, and says so', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/de/articles/what-is-deepseek/');
    const de = uiStrings('de');
    const button = page.getByRole('button', { name: de['cite.copy']!.replace('{{format}}', de['cite.bibtex']!) });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.cite-status')).toHaveText(de['cite.copied']!);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#cite-bibtex-text').textContent());
    expect(copied).toMatch(/^@online\{deepseek-dossier-de-articles-what-is-deepseek,/);
    // The address the reader is on, not the one the build was made for.
    expect(copied).toContain(`url = {${page.url()}}`);
    expect(copied).not.toContain(site);
    await context.close();
  });
});

/** The citable pages: articles, topic pages and glossary terms, in every language. */
const dated = builtUrls(distDir).filter((url) => /^\/[^/]+\/(articles|topics|glossary)\/[^/]+\/$/.test(url));

test('citation tools date every article, topic and term: published and modified time, shown on the page, in the citation', async () => {
  expect(dated.length).toBeGreaterThan(100);
  for (const url of dated) {
    const html = builtHtml(url);
    // What Zotero's Embedded Metadata translator (Wikipedia's Citoid) reads, read here by open-graph-scraper.
    const { result } = await ogs({ html });
    const published = result.articlePublishedTime;
    const modified = result.articleModifiedTime;
    expect(published, `${url} article:published_time`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(modified, `${url} article:modified_time`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(modified! >= published!, `${url}: modified ${modified} before published ${published}`).toBe(true);
    expect(result.ogSiteName).toBe('DeepSeek-Dossier');
    // Zotero would make a journal article of citation_title; a DC.title would compete with og:title.
    expect(html, url).not.toMatch(/name="(citation_title|DC\.title)"/);

    const lang = url.split('/')[1]!;
    // Readers see the day of the last change, in the page's language.
    expect(html, url).toMatch(new RegExp(`${uiStrings(lang)['page.lastUpdated']}\\s*<time datetime="${modified}`));

    const wiki = /<pre id="cite-mediawiki-text"[^>]*><code[^>]*>([^<]+)<\/code>/.exec(html)?.[1]?.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
    expect(wiki, `${url}: the {{cite web}} block`).toBeDefined();
    const [cite] = wtf(`<ref>${wiki}</ref>`).references().map((r) => r.json() as Record<string, string>);
    const language = languageOf(lang);
    expect(cite, url).toMatchObject({ template: 'citation', type: 'web', date: modified, language: language.citation.language });
    if (language.citation.transTitle) {
      // German pages give the English title, which is the English page's own title.
      const english = (await ogs({ html: builtHtml(url.replace(/^\/[^/]+\//, `/${language.citation.transTitle}/`)) })).result.ogTitle;
      expect(cite!['trans-title'], url).toBe(english);
    } else {
      expect(cite, url).not.toHaveProperty('trans-title');
    }
  }
});

/** The schema.org nodes of a built page, by type. */
function jsonLd(url: string): Record<string, Record<string, unknown>> {
  const blocks = [...builtHtml(url).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
  expect(blocks, `${url}: one JSON-LD block`).toHaveLength(1);
  const data = JSON.parse(blocks[0]![1]!) as { '@context': string; '@graph': Record<string, unknown>[] };
  expect(data['@context']).toBe('https://schema.org');
  return Object.fromEntries(data['@graph'].map((node) => [node['@type'] as string, node]));
}

test('search engines get schema.org data: articles with their German original, terms in the glossary, breadcrumbs, the site search', async () => {
  for (const url of dated) {
    const lang = url.split('/')[1]!;
    const nodes = jsonLd(url);
    const { result } = await ogs({ html: builtHtml(url) });
    const term = url.includes('/glossary/');
    const page = nodes[term ? 'DefinedTerm' : 'Article'];
    expect(page, `${url}: ${term ? 'DefinedTerm' : 'Article'}`).toBeDefined();
    expect(page!.url).toBe(`${site}${url}`);
    if (term) {
      expect(page).toMatchObject({ name: result.ogTitle, inDefinedTermSet: { '@type': 'DefinedTermSet', url: `${site}/${lang}/glossary/` } });
    } else {
      expect(page).toMatchObject({ headline: result.ogTitle, inLanguage: languageOf(lang).tag, datePublished: result.articlePublishedTime, dateModified: result.articleModifiedTime });
      expect(page!.isPartOf).toEqual({ '@id': nodes.WebSite!['@id'] });
      if (lang === sourceLanguage.code) expect(page).not.toHaveProperty('translationOfWork');
      else expect(page!.translationOfWork).toMatchObject({ url: `${site}${url.replace(/^\/[^/]+\//, '/de/')}`, inLanguage: 'de' });
    }
    const crumbs = (nodes.BreadcrumbList!.itemListElement as { position: number; item: string }[]).map((crumb) => crumb.item);
    expect(crumbs[0]).toBe(`${site}/${lang}/`);
    expect(crumbs.at(-1)).toBe(`${site}${url}`);
  }
  for (const lang of langs) {
    const { WebSite: website } = jsonLd(`/${lang}/`);
    expect(website).toMatchObject({ url: `${site}/${lang}/`, potentialAction: { '@type': 'SearchAction', target: `${site}/${lang}/?search={search_term_string}` } });
  }
});

const decodeHtml = (html: string) =>
  html.replace(/<[^>]*>/g, '').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

test('every H2/H3 section of every article, topic and term has its own citation, in the HTML itself (no JavaScript needed)', async () => {
  let count = 0;
  for (const url of dated) {
    const html = builtHtml(url);
    const headings = [...html.matchAll(/<div class="sl-heading-wrapper level-h([23])"><h\1 id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)];
    expect(headings.length, `${url}: sections`).toBeGreaterThan(0);
    for (const [, , id, inner] of headings) {
      count++;
      // A visible link beside the heading, to the section's citation.
      expect(html, `${url}#${id}: Cite link`).toContain(`<a class="section-cite" href="#cite-s-${id}"`);
      expect(html, `${url}#${id}: its target`).toContain(`id="cite-s-${id}"`);
      const wiki = new RegExp(`<pre id="cite-s-${id}-mediawiki-text"[^>]*><code[^>]*>([^<]+)</code>`).exec(html)?.[1];
      expect(wiki, `${url}#${id}: {{cite web}}`).toBeDefined();
      const [cite] = wtf(`<ref>${decodeHtml(wiki!)}</ref>`).references().map((r) => r.json() as Record<string, string>);
      expect(cite!.url, `${url}#${id}`).toBe(`${site}${url}#${id}`);
      expect(cite!.at, `${url}#${id}`).toContain(decodeHtml(inner!).trim());
    }
  }
  expect(count).toBeGreaterThan(300);
});

test.describe('cite a section', () => {
  test('the Cite link beside a heading is reached by keyboard and opens that section’s citation', async ({ page }) => {
    await page.goto('/en/topics/markets/');
    const link = page.getByRole('link', { name: 'Cite the section “Nvidia’s share slump”' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#cite-s-nvidia$/);
    const details = page.locator('details.cite-section[data-section="nvidia"]');
    await expect(details).toHaveAttribute('open', '');
    await expect(details.locator('pre').first()).toBeVisible();
    await expect(details.locator('pre').first()).toContainText('|at=section “Nvidia’s share slump”');
  });

  test('a reader arriving at a section is offered that section’s citation first', async ({ page, baseURL }) => {
    await page.goto('/de/topics/markets/#nvidia');
    const first = page.locator('.cite-intro + details.cite-section');
    await expect(first).toHaveAttribute('data-section', 'nvidia');
    await expect(first).toHaveAttribute('open', '');
    const [cite] = wtf(`<ref>${await first.locator('pre').first().textContent()}</ref>`).references().map((r) => r.json() as Record<string, string>);
    const heading = await page.locator('h2#nvidia').textContent();
    expect(cite).toMatchObject({ url: `${baseURL}/de/topics/markets/#nvidia`, at: `Abschnitt „${heading}“`, language: 'de' });
  });
});

test.describe('cite a quote', () => {
  /** The text a reader sees in a paragraph of a page: without the glossary previews. */
  const paragraphText = (page: Page, key: string) =>
    page.locator(`[data-para="${key}"]`).evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[data-pagefind-ignore]')) hidden.remove();
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
  /** Selects the start of a paragraph (up to `length` characters of its first text), as a reader's drag would. */
  const selectStart = (page: Page, key: string, length: number) =>
    page.locator(`[data-para="${key}"]`).evaluate((element, n) => {
      const text = [...element.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE)!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(n, text.length));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString();
    }, length);
  const quoteCitation = async (page: Page) => {
    await page.locator('.cite-quote-button').click();
    await expect(page.locator('.cite-quote')).toBeVisible();
    await expect(page.locator('#cite-quote')).toBeFocused();
    const [cite] = wtf(`<ref>${await page.locator('#cite-quote-text').textContent()}</ref>`).references().map((r) => r.json() as Record<string, string>);
    return cite!;
  };

  test('from the English page: the German original in |quote=, the selected sentence of this page in |trans-quote=', async ({ page, baseURL }) => {
    const key = 'young-talent-1';
    await page.goto('/de/articles/what-is-deepseek/');
    const german = await paragraphText(page, key);
    const germanTitle = await page.locator('h1').textContent();
    const germanHeading = await page.locator('h2#young-talent').textContent();
    await page.goto('/en/articles/what-is-deepseek/');
    const english = await paragraphText(page, key);
    await expect(page.locator('.cite-quote-button')).toBeHidden();
    const selected = await selectStart(page, key, 25);
    await expect(page.locator('.cite-quote-button')).toBeVisible();
    const cite = await quoteCitation(page);
    expect(cite).toMatchObject({ url: `${baseURL}/de/articles/what-is-deepseek/#young-talent`, title: germanTitle, language: 'de', at: `Abschnitt „${germanHeading}“` });
    // One sentence was selected, so one sentence is quoted: the start of the paragraph, not all of it.
    expect(german.startsWith(cite.quote!), cite.quote).toBe(true);
    expect(cite.quote!.length).toBeLessThan(german.length);
    expect(cite.quote).toMatch(/[.!?“]$/);
    expect(english.startsWith(cite['trans-quote']!)).toBe(true);
    expect(cite['trans-quote']).toContain(selected);
    expect(cite['trans-quote']!.length).toBeLessThan(english.length);
  });

  test('from the German page: the selected sentence in |quote=, a date in it kept whole, without a translation', async ({ page, baseURL }) => {
    await page.goto('/de/articles/what-is-deepseek/');
    const german = await paragraphText(page, 'rise-1');
    const selected = await selectStart(page, 'rise-1', 30);
    const cite = await quoteCitation(page);
    expect(cite).toMatchObject({ url: `${baseURL}/de/articles/what-is-deepseek/#rise`, language: 'de' });
    expect(german.startsWith(cite.quote!)).toBe(true);
    expect(cite.quote!.length).toBeLessThan(german.length);
    // „Am 20. Januar …“: the day's full stop does not end the sentence.
    expect(cite.quote).toMatch(/^Am 20\. Januar .*DeepSeek-R1\.$/);
    expect(cite.quote).toContain(selected);
    expect(cite).not.toHaveProperty('trans-quote');
  });
});
