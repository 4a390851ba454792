import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard-only reader would. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${limit} presses of Tab`);
}

test.describe('keyboard only', () => {
  test('search: open with Ctrl+K, type, reach a result with Tab, follow it with Enter', async ({ page }) => {
    await page.goto('/en/');
    // Starlight enables the button once its search element is ready for Ctrl+K.
    await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
    await page.keyboard.press('Control+k');
    await expect(page.locator('#starlight__search .pagefind-ui__search-input')).toBeFocused();
    await page.keyboard.type('H800');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
    await tabTo(page, '#starlight__search a.pagefind-ui__result-link');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/glossary\/h800\//);
  });

  test('language picker: reach it with Tab, switch with the arrow keys, land on the same section', async ({ page }) => {
    await page.goto('/de/articles/what-is-deepseek/#origins');
    await tabTo(page, 'starlight-lang-select select');
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\/en\/articles\/what-is-deepseek\/#origins$/);
  });

  test('glossary preview and copy button: reachable with Tab, usable with Enter and Escape', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/en/articles/what-is-deepseek/');
    await tabTo(page, 'main a.glossary-link', 200);
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-glossary-term'));
    await expect(page.locator(`#glossary-preview-${id}`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(`#glossary-preview-${id}`)).toBeHidden();
    await tabTo(page, 'button.cite-copy', 400);
    await page.keyboard.press('Enter');
    await expect(page.locator('.cite-status')).not.toBeEmpty();
    await context.close();
  });
});
