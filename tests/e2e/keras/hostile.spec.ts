import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';
import { dialog, status } from '../helpers/search';

const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';

/** Fails the test if anything the payload carries ran: an alert, or the flag it sets. */
async function nothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('img[src=x]').count()).toBe(0);
}

test.beforeEach(({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});

test('a search query with markup is shown as text, never run', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await dialog(page).getByRole('searchbox').fill(payload);
  await expect(status(page)).toContainText('<img src=x');
  await nothingRan(page);
});

test('a ?q= value with markup fills the search box as text', async ({ page }) => {
  await page.goto(`./?q=${encodeURIComponent(payload)}`);
  await expect(dialog(page).getByRole('searchbox')).toHaveValue(payload);
  await expect(status(page)).toContainText('<script>');
  await nothingRan(page);
});

test('a fragment or highlight parameter with markup changes nothing', async ({ page }) => {
  await page.goto(`multi-tenant/?highlight=${encodeURIComponent(payload)}#${encodeURIComponent(payload)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multi-Tenant environments');
  await page.goto(`./#${encodeURIComponent(payload)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Policy');
  await nothingRan(page);
});

test('a broken or odd fragment leaves the page as it is, with no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const fragment of ['%E0%A4%A', '__proto__', 'constructor', 'toString', '%']) {
    for (const path of ['./', 'multi-tenant/', `multi-tenant/?highlight=model`]) {
      await page.goto(`${path}#${fragment}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(new URL(page.url()).hash, `${path}#${fragment}`).toBe(`#${fragment}`);
    }
  }
  // Let the highlighter (loaded for ?highlight=) run before judging.
  await expect(page.locator('mark').first()).toBeVisible();
  expect(errors).toEqual([]);
});
