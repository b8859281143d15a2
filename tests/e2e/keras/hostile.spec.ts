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

/** Serves `path` with its HTML changed by `edit`, as a hostile policy text or a bad build might. */
async function serveEdited(page: Page, path: string, edit: (html: string) => string) {
  await page.route(`**/${path}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
}

const mapScript = /<script type="application\/json" id="fragment-map">[^<]*<\/script>/;

test('a fragment map or moved-to address in the policy text is never read', async ({ page }) => {
  // The page's own (empty) map removed, so the text's is the only one in the document.
  await serveEdited(page, 'data-privacy/', (html) =>
    html
      .replace(mapScript, '')
      .replace(
        '</main>',
        '<div id="fragment-map">{"go":"//evil.example/phish","data-privacy":"//evil.example/"}</div>' +
          '<meta name="moved-to" content="//evil.example/"></main>',
      ),
  );
  for (const fragment of ['go', 'Data-Privacy', 'nowhere']) {
    await page.goto(`data-privacy/#${fragment}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data privacy');
    expect(new URL(page.url()).pathname).toMatch(/\/data-privacy\/$/);
  }
});

test('a fragment map never sends the reader to another site', async ({ page }) => {
  await serveEdited(page, 'data-privacy/', (html) =>
    html.replace(
      mapScript,
      '<script type="application/json" id="fragment-map">{"go":"//evil.example/phish","js":"javascript:alert(1)","in":"#data-privacy"}</script>',
    ),
  );
  for (const fragment of ['go', 'js']) {
    await page.goto(`data-privacy/#${fragment}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data privacy');
    expect(new URL(page.url()).hash).toBe(`#${fragment}`);
  }
  // An entry within the page still leads where it says.
  await page.goto('data-privacy/#in');
  await expect(page).toHaveURL(/#data-privacy$/);
});
