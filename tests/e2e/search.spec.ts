import { expect, test } from './helpers/test';
import { landingOf } from '../../src/lib/search-landing';
import { searchQueries } from '../helpers/search-queries';
import { dialog, indexedPages, openAndSearch, search, topResult } from './helpers/search';

/** Collects CSP violations and console errors while a test runs. */
test.beforeEach(async ({ page }, testInfo) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  (testInfo as unknown as { problems: string[] }).problems = problems;
});

test.describe('search', () => {
  test('"/" opens it, results come as you type, arrows and Enter land on the section, highlighted', async ({
    page,
  }) => {
    await page.goto('data-privacy/');
    await openAndSearch(page, 'rate limits');
    const results = dialog(page).locator('.pf-result');
    await expect(results.first().locator('.pf-result-link')).toHaveText('Multi-Tenant environments');
    await expect(
      results.first().locator('.pf-heading-link', { hasText: 'Resource Allocation' }),
    ).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(results.first().locator('.pf-result-link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results.first().locator('.pf-heading-link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/multi-tenant\/\?highlight=rate&highlight=limits#resource-allocation$/);
    await expect(page.locator('#resource-allocation')).toBeInViewport();
    await expect(page.locator('mark', { hasText: 'rate' }).first()).toBeVisible();
    await expect(page.locator('mark', { hasText: 'limits' }).first()).toBeVisible();
  });

  test('nothing of search loads before it is opened', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto('multi-tenant/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect.poll(() => fetched.some((url) => url.includes('pagefind-component-ui.js'))).toBe(true);
  });

  test('Ctrl+K opens it too, and the shortcut is shown on the button', async ({ page }) => {
    await page.goto('./');
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
    await expect(button.locator('kbd')).toHaveText('/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await search(page, 'checksum');
    await expect(dialog(page).locator('.pf-result-link').first()).toHaveText(
      'Untrusted environments or networks',
    );
  });

  test('clicking a sub-result lands on that heading with the words marked', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Search' }).click();
    await search(page, 'malicious checkpoints');
    await dialog(page).locator('.pf-heading-link', { hasText: 'Model Sharing' }).click();
    await expect(page).toHaveURL(/multi-tenant\/\?.*#model-sharing$/);
    await expect
      .poll(() => page.locator('#model-sharing').evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(60);
    await expect(
      page.locator('[data-pagefind-body] mark', { hasText: /checkpoints/i }).first(),
    ).toBeVisible();
  });

  test('?q= opens search pre-filled, so a search can be shared as a link', async ({ page }) => {
    await page.goto('reporting/?q=90+days');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('searchbox')).toHaveValue('90 days');
    await expect(dialog(page).locator('.pf-result-link').first()).toHaveText('Reporting a Vulnerability');
  });

  test('keystrokes typed while search loads are kept', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    await page.keyboard.type('denial', { delay: 0 });
    await expect(dialog(page).getByRole('searchbox')).toHaveValue('denial');
  });

  test('Esc closes it and focus returns to where it was', async ({ page }) => {
    await page.goto('multi-tenant/');
    const link = page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Model Sharing' });
    await link.focus();
    await openAndSearch(page, 'GPU');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(link).toBeFocused();
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(dialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  });

  test('the number of results is announced to screen readers', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live]'))
          if (region.textContent?.trim()) heard.push(region.textContent.trim());
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await openAndSearch(page, 'model');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | ')))
      .toMatch(/\d+ results? for model/);
  });

  test('shows an error, not an endless spinner, when the index cannot load', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('searchbox').fill('model');
    await expect(
      dialog(page)
        .getByText(/couldn.t|failed|error/i)
        .first(),
    ).toBeVisible();
    await expect(dialog(page).locator('.pf-results')).not.toHaveAttribute('aria-busy', 'true');
  });

  test('falls back to the full-policy link when the search UI itself cannot load', async ({ page }) => {
    await page.route('**/pagefind/pagefind-component-ui.js', (route) => route.abort());
    await page.goto('./');
    await page.getByRole('button', { name: 'Search' }).click();
    const link = page.getByRole('banner').getByRole('link', { name: 'Search the whole policy' });
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('href', /policy\/$/);
  });

  test('searching breaks no Content-Security-Policy rule and logs no error', async ({ page }, testInfo) => {
    await page.goto('untrusted-inputs/');
    await openAndSearch(page, 'sandbox');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('mark').first()).toBeVisible();
    expect((testInfo as unknown as { problems: string[] }).problems).toEqual([]);
  });

  test('only policy text is indexed: the section pages, without navigation, anchor labels or footer', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./');
    const pages = await indexedPages(page, baseURL!);
    expect(pages.map((p) => p.url).sort()).toEqual([
      '/data-privacy/',
      '/multi-tenant/',
      '/reporting/',
      '/untrusted-environments/',
      '/untrusted-inputs/',
    ]);
    for (const { url, content } of pages) {
      for (const chrome of [
        'Section titled',
        'Edit this page',
        'Previous',
        'Next',
        'On this page',
        'Overview',
        'Full policy',
        'Apache',
        'Skip to content',
      ]) {
        expect(content, `${url} indexed "${chrome}"`).not.toContain(chrome);
      }
    }
    const reporting = pages.find((p) => p.url === '/reporting/')!;
    expect(reporting.content).toContain('Please provide the following information in your report');
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search button is a link to the whole policy', async ({ page }) => {
    await page.goto('data-privacy/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Search the whole policy' });
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Policy');
    await expect(page).toHaveURL(/policy\/$/);
  });
});

test.describe('each query lands on its section', () => {
  for (const { query, page: expectedPage, heading } of searchQueries) {
    test(`"${query}" → ${expectedPage}${heading ? `#${heading}` : ''}`, async ({ page, baseURL }) => {
      await page.goto('./');
      const landing = landingOf(await topResult(page, baseURL!, query));
      expect(landing.page).toBe(expectedPage);
      if (heading) expect(landing.heading).toBe(heading);
      await openAndSearch(page, query);
      const top = dialog(page).locator('.pf-result').first();
      await expect(top.locator('.pf-result-link')).toHaveAttribute('href', new RegExp(`${expectedPage}\\?`));
      if (heading) await expect(top.locator(`.pf-heading-link[href$="#${heading}"]`)).toBeVisible();
    });
  }
});
