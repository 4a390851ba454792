import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { langs, site, uiStrings } from './content';

const de = uiStrings('de');

/** The titles of a language's topic pages, from their frontmatter. */
const topicPageTitles = (lang: string) => {
  const dir = new URL(`../../src/content/docs/${lang}/topics/`, import.meta.url);
  return readdirSync(dir)
    .map((file) => (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(new URL(file, dir), 'utf8'))![1]!) as { title: string }).title)
    .sort();
};
const searchInput = (page: Page) => page.locator('#starlight__search .pagefind-ui__search-input');

async function search(page: Page, query: string) {
  await page.locator('site-search button[data-open-modal]').click();
  await searchInput(page).fill(query);
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText(query);
}

test.describe('site search', () => {
  test('results name their page type, offer type and topic filters, and have clean excerpts', async ({ page }) => {
    await page.goto('/de/');
    await search(page, 'Exportkontrollen');
    const results = page.locator('#starlight__search .pagefind-ui__result');
    await expect(results.first().locator('.pagefind-ui__result-title').first()).toHaveText(/ · (Glossarbegriff|Artikel|Thema|Überblick)$/);
    await expect(page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: de['search.filter.type'] })).toBeVisible();
    await expect(page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: de['search.filter.topic'] })).toBeVisible();
    // Starlight's hidden heading-anchor text ("Abschnitt betitelt …") stays out of the index.
    await expect(page.locator('#starlight__search')).not.toContainText('Abschnitt betitelt');
  });

  test('the page a result leads to marks the searched words and keeps a clean address', async ({ page }) => {
    await page.goto('/de/');
    await search(page, 'Exportkontrolle');
    await page.locator('#starlight__search a.pagefind-ui__result-link').first().click();
    await page.waitForURL((url) => !url.pathname.endsWith('/de/'));
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-result')?.size ?? 0)).toBeGreaterThan(0);
    const marked = await page.evaluate(() => [...CSS.highlights.get('search-result')!].map((r) => (r as Range).toString()));
    for (const word of marked) expect(word.toLowerCase()).toContain('exportkontroll');
  });

  test('no results: suggests searching the other languages, which open with the same query', async ({ page }) => {
    await page.goto('/de/');
    await search(page, 'Fußballweltmeisterschaft');
    await expect(page.locator('#starlight__search .pagefind-ui__result')).toHaveCount(0);
    const help = page.locator('.search-help');
    await expect(help).toBeVisible();
    await help.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/');
    await expect(searchInput(page)).toHaveValue('Fußballweltmeisterschaft');
    expect(new URL(page.url()).search).toBe('');
  });

  test('a question finds its answer, and the search says which words it searched', async ({ page }) => {
    await page.goto('/de/');
    await search(page, 'Wie viel hat das Training gekostet?');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
    // German stop words ("wie", "viel", "hat", "das") are left out, as the note says.
    await expect(page.locator('.search-help')).toContainText(`${de['search.showingResultsFor']} Training gekostet`);
  });

  test('a typo gets "Did you mean", and one click searches the suggestion', async ({ page }) => {
    await page.goto('/en/');
    await search(page, 'Nvida');
    const suggestion = page.locator('.search-help').getByRole('button', { name: 'Nvidia' });
    await expect(page.locator('.search-help')).toContainText(`${uiStrings('en')['search.didYouMean']} Nvidia`);
    await suggestion.click();
    await expect(searchInput(page)).toHaveValue('Nvidia');
    await expect(page.locator('#starlight__search a.pagefind-ui__result-link').first()).toHaveAttribute('href', '/en/glossary/nvidia/');
  });

  test('a glossary term or alias puts its term page first, whatever the stemmer does', async ({ page }) => {
    await page.goto('/de/');
    for (const [query, term] of [
      ['MoE', 'moe'],
      ['H800', 'h800'],
      ['Sputnik-Moment', 'sputnik-moment'],
      ['Börsenwert', 'market-capitalisation'],
    ]) {
      await search(page, query);
      await expect(page.locator('#starlight__search a.pagefind-ui__result-link').first(), query).toHaveAttribute('href', `/de/glossary/${term}/`);
      await page.keyboard.press('Escape');
    }
  });

  test('results only in another language: the search says so, and one click shows them there', async ({ page }) => {
    await page.goto('/en/');
    await search(page, 'Kurssturz');
    await expect(page.locator('#starlight__search .pagefind-ui__result')).toHaveCount(0);
    const help = page.locator('.search-help');
    await expect(help).toContainText(uiStrings('en')['search.otherLanguageResults']!);
    await help.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL('**/de/');
    await expect(searchInput(page)).toHaveValue('Kurssturz');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
  });

  test('the first result leads to the section that matches best; the page scrolls there and marks the words', async ({ page }) => {
    await page.goto('/de/');
    await search(page, 'Nvidia Aktienkurs');
    const section = page.locator('#starlight__search .pagefind-ui__result').first().locator('.pagefind-ui__result-nested a').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(/#[a-z0-9-]+$/);
    await section.click();
    await page.waitForURL(`**${href}`);
    const heading = page.locator(`[id="${href.split('#')[1]}"]`);
    await expect(heading).toBeInViewport();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-result')?.size ?? 0)).toBeGreaterThan(0);
  });

  for (const lang of langs) {
    test(`${lang}: the topic filter names the nine topic pages; the type filter offers only what readers search for`, async ({ page }) => {
      const strings = uiStrings(lang);
      await page.goto(`/${lang}/`);
      await search(page, 'DeepSeek');
      const values = (filter: string) =>
        page
          .locator('#starlight__search .pagefind-ui__filter-block')
          .filter({ has: page.locator('.pagefind-ui__filter-name', { hasText: filter }) })
          .locator('.pagefind-ui__filter-label')
          .allTextContents()
          // Pagefind adds the number of results: "Zensur (3)".
          .then((labels) => labels.map((label) => label.replace(/\s*\(\d+\)\s*$/, '').trim()));
      await page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: strings['search.filter.topic'] }).click();
      const topicTitles = topicPageTitles(lang);
      expect(topicTitles, lang).toHaveLength(9);
      expect((await values(strings['search.filter.topic']!)).sort(), lang).toEqual(topicTitles);
      await page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: strings['search.filter.type'] }).click();
      const allowed = ['article', 'topic', 'term', 'overview'].map((type) => strings[`pageType.${type}`]);
      const types = await values(strings['search.filter.type']!);
      expect(types.length, lang).toBeGreaterThan(0);
      for (const value of types) expect(allowed, lang).toContain(value);
    });
  }

  test('every filter shows even when its index arrives after the first results', async ({ page }) => {
    // Pagefind counts a search's filters from the filter files loaded so far, and the UI keeps what
    // the first search counted: on a slow line a filter was missing until the next search.
    let first = true;
    await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
      if (!first) await new Promise((resolve) => setTimeout(resolve, 3_000));
      first = false;
      await route.continue();
    });
    await page.goto('/de/');
    await search(page, 'DeepSeek');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
    for (const filter of [de['search.filter.type'], de['search.filter.topic']]) {
      await expect(page.locator('#starlight__search .pagefind-ui__filter-name', { hasText: filter })).toBeVisible();
    }
  });

  test('a page that does not search loads nothing of the search, not even its UI', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/en/articles/what-is-deepseek/');
    await page.waitForLoadState('networkidle');
    // Give the browser's idle time a chance: Starlight used to create Pagefind's UI (ui-core) then.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
    const searchFiles = (paths: string[]) => paths.filter((path) => path.includes('search-vocabulary') || path.startsWith('/pagefind/') || /\/ui-core\./.test(path));
    expect(searchFiles(fetched)).toEqual([]);
    // Opening the search loads them.
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search .pagefind-ui__search-input').fill('H800');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
    expect(searchFiles(fetched).length).toBeGreaterThan(0);
  });

  for (const lang of langs) {
    test(`${lang}: the home page’s search button opens the search, by mouse, keyboard and tap`, async ({ browser }) => {
      const label = uiStrings(lang)['searchEntry.button']!;
      // Mouse and keyboard share a desktop browser; a tap needs a phone, opened after the desktop one closed.
      for (const devices of [['mouse', 'keyboard'], ['tap']] as const) {
        const touch = devices[0] === 'tap';
        const context = await browser.newContext({ hasTouch: touch, isMobile: touch, viewport: touch ? { width: 390, height: 844 } : undefined });
        for (const device of devices) {
          const page = await context.newPage();
          await page.goto(`/${lang}/`);
          const button = page.locator('main').getByRole('button', { name: label });
          if (device === 'mouse') await button.click();
          if (device === 'keyboard') await button.press('Enter');
          if (device === 'tap') await button.tap();
          // It used to open and close again at once: look after the click has settled.
          await page.waitForTimeout(300);
          await expect(page.locator('site-search dialog'), device).toHaveAttribute('open', '');
          await expect(searchInput(page), device).toBeFocused();
          await page.close();
        }
        await context.close();
      }
    });
  }

  test('desktop: the no-results help stands under the results, not under the filters', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/de/');
    await search(page, 'Fußballweltmeisterschaft');
    await expect(page.locator('.search-help')).toBeVisible();
    // Pagefind redraws its message while it searches; the help follows it.
    await expect
      .poll(async () => {
        const help = await page.locator('.search-help').boundingBox();
        const message = await page.locator('#starlight__search .pagefind-ui__message').boundingBox();
        // Between two draws the message may briefly be gone: poll again.
        if (!help || !message) return false;
        return Math.abs(help.x - message.x) < 24 && help.y >= message.y + message.height - 1;
      })
      .toBe(true);
  });

  test('phone: the result count follows the filters without a gap', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/en/');
    await search(page, 'Nvidia');
    // Pagefind draws the filters after the first results: measure once both are there.
    await expect(page.locator('#starlight__search .pagefind-ui__filter-panel')).toBeVisible();
    await expect(page.locator('#starlight__search .pagefind-ui__message')).toBeVisible();
    const filters = (await page.locator('#starlight__search .pagefind-ui__filter-panel').boundingBox())!;
    const message = (await page.locator('#starlight__search .pagefind-ui__message').boundingBox())!;
    expect(message.y - (filters.y + filters.height)).toBeLessThan(48);
    await context.close();
  });
});


for (const lang of langs) {
  test(`${lang}: browsers can search the site from the address bar (OpenSearch), and its link opens the search with the query`, async ({ page, request }) => {
    await page.goto(`/${lang}/articles/what-is-deepseek/`);
    const link = page.locator('head link[rel="search"][type="application/opensearchdescription+xml"]');
    await expect(link).toHaveAttribute('href', `/${lang}/opensearch.xml`);
    const description = await (await request.get(`/${lang}/opensearch.xml`)).text();
    expect(description).toContain(`<Language>${lang}</Language>`);
    expect(description).toContain('<ShortName>DeepSeek-Dossier</ShortName>');
    const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(description)?.[1];
    // The deployed address is the site's; the test server stands in for it.
    expect(template).toBe(`${site}/${lang}/?search={searchTerms}`);
    await page.goto(`${new URL(template!).pathname}?search=${encodeURIComponent('Nvidia Börsenwert')}`);
    await expect(page.locator('site-search dialog')).toHaveAttribute('open', '');
    await expect(searchInput(page)).toHaveValue('Nvidia Börsenwert');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
  });
}
