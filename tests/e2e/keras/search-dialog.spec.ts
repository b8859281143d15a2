// The search dialog itself: how it opens (/, Ctrl+K, the button), keeps what is typed while it
// loads, closes and gives focus back, tells screen readers, and fails without leaving a reader
// stuck. What it finds and where it leads: search.spec.ts.
import { dialog, openAndSearch, resultLink, results, search, status } from '../helpers/search';
import { expect, test } from '../helpers/test';

test.describe('the search dialog', () => {
  test('Ctrl+K opens it too, and the shortcut is shown on the button', async ({ page }) => {
    await page.goto('./');
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
    await expect(button.locator('kbd')).toHaveText('/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await search(page, 'checksum');
    await expect(resultLink(page)).toContainText('Untrusted environments or networks');
  });

  test(
    'clicking a sub-result lands on that heading with the words marked',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto('./');
      await page.getByRole('button', { name: 'Search' }).click();
      await search(page, 'model');
      await results(page)
        .filter({ hasText: 'Multi-Tenant environments' })
        .getByRole('link', { name: /^Tenant Isolation/ })
        .click();
      // The words as the page writes them: "models" and "model" for "model".
      await expect(page).toHaveURL(/multi-tenant\/\?highlight=models&highlight=model#tenant-isolation$/);
      await expect
        .poll(() => page.locator('#tenant-isolation').evaluate((h) => h.getBoundingClientRect().top))
        .toBeLessThan(60);
      await expect(page.locator('[data-pagefind-body] mark', { hasText: /model/i }).first()).toBeVisible();
    },
  );

  test(
    '?q= opens search pre-filled, so a search can be shared as a link',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto('reporting/?q=90+days');
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page).getByRole('searchbox')).toHaveValue('90 days');
      await expect(resultLink(page)).toContainText('Reporting a Vulnerability');
    },
  );

  test('"/" shows the field focused at once, before any of search has loaded, and keeps what is typed', async ({
    page,
  }) => {
    // The dialog's script held back: what the reader sees meanwhile is the page's own shell.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/dialog[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('sandbox', { delay: 0 });
    await expect(dialog(page).getByRole('searchbox')).toHaveValue('sandbox');
    release();
    await expect(status(page)).toContainText(/\d+ results? for “sandbox”/);
    await expect(resultLink(page)).toHaveAttribute('href', /highlight=sandbox/);
  });

  test('the closed dialog is not shown, not read out and not printed', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('dialog')).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('dialog')).toBeHidden();
  });

  test('keystrokes typed while search loads are kept', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    await page.keyboard.type('denial', { delay: 0 });
    await expect(dialog(page).getByRole('searchbox')).toHaveValue('denial');
    await expect(status(page)).toContainText('“denial”');
  });

  test('Esc closes it and focus returns to where it was', async ({ page }) => {
    await page.goto('multi-tenant/');
    const link = page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Model Sharing' });
    await link.focus();
    await openAndSearch(page, 'GPU');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(link).toBeFocused();
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  });

  test('the number of results is announced to screen readers', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[role="status"], [aria-live]'))
          if (region.textContent?.trim()) heard.push(region.textContent.trim());
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await openAndSearch(page, 'model');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | ')))
      .toMatch(/\d+ results? for “model”/);
  });

  test('shows an error, not an endless wait, when the index cannot load', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('searchbox').fill('model');
    await expect(status(page)).toContainText('Search couldn’t load');
    await expect(dialog(page).getByRole('list', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
  });

  test('ranks by the words alone when the topics’ script cannot load', async ({ page }) => {
    await page.route(/\/_astro\/topics[^/]*\.js$/, (route) => route.abort());
    await page.goto('./');
    await openAndSearch(page, 'how do I report a vulnerability');
    await expect(status(page)).toContainText(/results? for “how do I report a vulnerability”/);
    await expect(resultLink(page)).toContainText('Reporting a Vulnerability');
  });

  test('shows what the policy has when the script for missing words cannot load', async ({ page }) => {
    await page.route(/\/_astro\/missing-words[^/]*\.js$/, (route) => route.abort());
    await page.goto('./');
    await openAndSearch(page, 'tenant isolaton');
    await expect(status(page)).not.toContainText('Search couldn’t load');
    await expect(resultLink(page)).toContainText('Tenant Isolation');
  });

  test(
    'falls back to the full-policy link when the search dialog itself cannot load',
    { tag: '@base' },
    async ({ page }) => {
      await page.route(/\/_astro\/dialog[^/]*\.js$/, (route) => route.abort());
      await page.goto('./');
      await page.getByRole('button', { name: 'Search' }).click();
      const link = page.getByRole('banner').getByRole('link', { name: 'Search the whole policy' });
      await expect(dialog(page)).toBeHidden();
      await expect(link).toBeFocused();
      await expect(link).toHaveAttribute('href', /policy\/$/);
    },
  );
});
