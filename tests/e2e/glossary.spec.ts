import { expect, test, type Page } from '@playwright/test';
import { articles, glossary, langs } from './content';

const termById = (id: string) => {
  const term = glossary.find((t) => t.id === id);
  expect(term, `glossary term ${id}`).toBeDefined();
  return term!;
};

test.describe('term previews in articles', () => {
  for (const lang of langs) {
    test(`${lang}: open on hover and focus, are announced, close with Escape`, async ({ page }) => {
      const article = articles.find((a) => a.lang === lang)!;
      await page.goto(article.url);
      const link = page.locator('main a.glossary-link').first();
      const id = await link.getAttribute('data-glossary-term');
      const term = termById(id!);
      const preview = page.locator(`#glossary-preview-${id}`);

      await expect(link).toHaveAccessibleDescription(term.definition[lang]!.trim());
      await expect(preview).toHaveAttribute('role', 'tooltip');
      await expect(preview).toBeHidden();

      await link.hover();
      await expect(preview).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(preview).toBeHidden();

      await page.mouse.move(0, 0);
      await link.focus();
      await expect(preview).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(preview).toBeHidden();
    });
  }

  test('the term link works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articles[0]!.url);
    const link = page.locator('main a.glossary-link').first();
    const id = await link.getAttribute('data-glossary-term');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/${id}/$`));
    await expect(page.locator('main h1')).toHaveText(termById(id!).label[articles[0]!.lang]!);
    await context.close();
  });
});

/** Shows each preview of the page in turn (hover) and returns those that leave the viewport. */
async function previewsOutsideViewport(page: Page, show: (link: ReturnType<Page['locator']>) => Promise<void>) {
  const outside: string[] = [];
  const links = page.locator('main a.glossary-link');
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    await link.scrollIntoViewIfNeeded();
    await show(link);
    const id = await link.getAttribute('data-glossary-term');
    const preview = page.locator(`#glossary-preview-${id}`);
    await expect(preview).toBeVisible();
    const box = (await preview.boundingBox())!;
    const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
    if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) {
      outside.push(`${id}: ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)} in ${width}×${height}`);
    }
    // Closed again, as a reader would, so that it covers no other term.
    await page.keyboard.press('Escape');
  }
  return outside;
}

test.describe('term previews stay on screen', () => {
  // Each walks through every preview of an article: about 12 s idle, 47 s beside a second suite.
  test.describe.configure({ timeout: 150_000 });
  test('desktop: every preview lies inside the window, flipped above a term near the bottom', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto('/en/articles/chinas-ai-revolution-and-risks/');
    expect(await previewsOutsideViewport(page, (link) => link.hover())).toEqual([]);
    // A term at the very bottom of the window: its preview opens upwards.
    const link = page.locator('main a.glossary-link').nth(3);
    await page.mouse.move(0, 0);
    await link.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 2));
    await link.hover();
    const preview = (await page.locator(`#glossary-preview-${await link.getAttribute('data-glossary-term')}`).boundingBox())!;
    expect(preview.y + preview.height).toBeLessThanOrEqual(700);
  });

  test('phone: a tap shows the definition inside the screen, a second tap opens the term page', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const url = '/de/articles/chinas-ai-revolution-and-risks/';
    await page.goto(url);
    expect(await previewsOutsideViewport(page, (link) => link.tap())).toEqual([]);
    const link = page.locator('main a.glossary-link').first();
    await page.locator('main h1').tap();
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.locator(`#glossary-preview-${await link.getAttribute('data-glossary-term')}`)).toBeVisible();
    await link.tap();
    await expect(page).toHaveURL(/\/de\/glossary\/[^/]+\/$/);
    await context.close();
  });

  test('hidden previews take no room: the page is as wide as the screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/en/articles/what-is-deepseek/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

test.describe('term pages', () => {
  test('show a table of contents, mark the glossary in the sidebar and space the “mentioned in” heading', async ({ page }) => {
    await page.goto('/en/glossary/h800/');
    await expect(page.locator('starlight-toc a[href="#mentioned-in"]').first()).toBeAttached();
    await expect(page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveAttribute('href', '/en/glossary/');
    const margin = await page.locator('#mentioned-in').evaluate((h) => parseFloat(getComputedStyle(h.closest('.sl-heading-wrapper') ?? h).marginTop));
    expect(margin).toBeGreaterThan(8);
  });

  for (const lang of langs) {
    test(`${lang}: “mentioned in” links land on a section that mentions the term`, async ({ page }) => {
      const term = termById('agi');
      await page.goto(`/${lang}/glossary/agi/`);
      const targets = await page.locator('.sl-heading-wrapper:has(#mentioned-in) ~ ul a[href*="#"]').evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!),
      );
      expect(targets.length).toBeGreaterThan(0);
      const forms = [term.label[lang]!, ...(term.aliases?.[lang] ?? [])].map((f) => f.toLowerCase());
      for (const target of targets) {
        await page.goto(target);
        const key = target.split('#')[1]!;
        const sectionText = await page.evaluate((id) => {
          const wrapper = document.getElementById(id)!.closest('.sl-heading-wrapper')!;
          let text = wrapper.textContent ?? '';
          for (let el = wrapper.nextElementSibling; el && !el.matches('.sl-heading-wrapper.level-h2'); el = el.nextElementSibling) {
            text += el.textContent;
          }
          return text.toLowerCase();
        }, key);
        expect(forms.some((form) => sectionText.includes(form)), `${target} mentions ${forms.join(' | ')}`).toBe(true);
      }
    });
  }

  test('the index has an anchor per term and the export lists every term with its URLs', async ({ page, request }) => {
    await page.goto('/en/glossary/');
    for (const term of glossary) await expect(page.locator(`dt[id="${term.id}"]`)).toHaveCount(1);
    const exported = (await (await request.get('/glossary.json')).json()) as { terms: { id: string; url: Record<string, string> }[] };
    expect(exported.terms.map((t) => t.id).sort()).toEqual(glossary.map((t) => t.id).sort());
    const { pathname } = new URL(exported.terms[0]!.url.de!);
    expect((await request.get(pathname)).status()).toBe(200);
  });
});
