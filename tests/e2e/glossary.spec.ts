import { expect, test } from '@playwright/test';
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

test.describe('term pages', () => {
  for (const lang of langs) {
    test(`${lang}: “mentioned in” links land on a section that mentions the term`, async ({ page }) => {
      const term = termById('agi');
      await page.goto(`/${lang}/glossary/agi/`);
      const targets = await page.locator('#mentioned-in ~ ul a[href*="#"]').evaluateAll((links) =>
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
