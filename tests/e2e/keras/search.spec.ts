import { searchQueries } from '../../helpers/search-queries';
import {
  dialog,
  indexedPages,
  landing,
  openAndSearch,
  resultLink,
  results,
  searchEach,
} from '../helpers/search';
import { expect, test } from '../helpers/test';

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
  test(
    '"/" opens it, results come as you type, ↓ and Enter land on the subsection, highlighted',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto('data-privacy/');
      await openAndSearch(page, 'rate limits');
      await expect(resultLink(page)).toContainText('Multi-Tenant environments');
      await expect(resultLink(page)).toContainText('Resource Allocation');
      await page.keyboard.press('ArrowDown');
      await expect(resultLink(page)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(dialog(page).getByRole('searchbox')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/multi-tenant\/\?highlight=rate&highlight=limits#resource-allocation$/);
      await expect(page.locator('#resource-allocation')).toBeInViewport();
      await expect(page.locator('[data-pagefind-body] mark', { hasText: 'rate' }).first()).toBeVisible();
      await expect(page.locator('mark', { hasText: 'limits' }).first()).toBeVisible();
    },
  );

  test('the landing marks whole words and their stems, never a word inside a longer one', async ({
    page,
  }) => {
    await page.goto('./');
    // "safe" is a word of the policy, but not of Multi-Tenant's page, which has "safeguards".
    await openAndSearch(page, 'is it safe to run models uploaded by other users');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/multi-tenant\/\?.*#model-sharing$/);
    const marked = page.locator('[data-pagefind-body] mark');
    await expect(marked.filter({ hasText: /^models$/ }).first()).toBeVisible();
    await expect(marked.filter({ hasText: /^users$/ }).first()).toBeVisible();
    // "model" is marked for "models": a stem, the whole word.
    await expect(marked.filter({ hasText: /^model$/ }).first()).toBeVisible();
    const inside = await marked.evaluateAll((marks) =>
      marks
        .filter((mark) =>
          /\p{L}/u.test(
            `${mark.previousSibling?.textContent?.slice(-1) ?? ''}${mark.nextSibling?.textContent?.[0] ?? ''}`,
          ),
        )
        .map((mark) => mark.parentElement!.textContent),
    );
    expect(inside, 'marks inside a longer word').toEqual([]);
    expect(await marked.allTextContents()).not.toContain('safe');
  });

  test('Enter in the field opens the best result', { tag: '@base' }, async ({ page }) => {
    await page.goto('./');
    await openAndSearch(page, 'side channel GPU');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/multi-tenant\/\?.*#hardware-attacks$/);
  });

  test(
    'a literal phrase: the subsection that says it first, its words marked there and on the page',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto('./');
      await openAndSearch(page, 'detect malicious models');
      const first = resultLink(page);
      await expect(first).toContainText('Multi-Tenant environments');
      await expect(first).toContainText('Model Sharing');
      await expect(first.locator('mark')).toHaveText(['detect', 'malicious', 'models,', 'model']);
      // Every sub-result shown matches the query, and shows where.
      const subResults = results(page).first().getByRole('list').getByRole('link');
      expect(await subResults.count()).toBeGreaterThan(0);
      for (const link of await subResults.all()) await expect(link.locator('mark').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/multi-tenant\/\?.*#model-sharing$/);
      const marked = page.locator('[data-pagefind-body] mark');
      await expect(marked.filter({ hasText: /^detect$/ })).toBeVisible();
      await expect(marked.filter({ hasText: /^malicious$/ }).first()).toBeVisible();
    },
  );

  test(
    'nothing of search loads before a reader shows intent; pointing at the button starts it',
    { tag: '@base' },
    async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.goto('multi-tenant/');
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((url) => /\/pagefind\/|\/_astro\/dialog/.test(url))).toEqual([]);
      await page.getByRole('button', { name: 'Search' }).hover();
      await expect.poll(() => fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
      await expect.poll(() => fetched.some((url) => /\/_astro\/dialog[^/]*\.js$/.test(url))).toBe(true);
      await expect(dialog(page)).toBeHidden();
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(dialog(page)).toBeVisible();
    },
  );

  test(
    'searching breaks no Content-Security-Policy rule and logs no error',
    { tag: '@base' },
    async ({ page }, testInfo) => {
      await page.goto('untrusted-inputs/');
      await openAndSearch(page, 'sandbox');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.locator('mark').first()).toBeVisible();
      expect((testInfo as unknown as { problems: string[] }).problems).toEqual([]);
    },
  );

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

  test('the search button is a link to the whole policy', { tag: '@base' }, async ({ page }) => {
    await page.goto('data-privacy/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Search the whole policy' });
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Policy');
    await expect(page).toHaveURL(/policy\/$/);
  });
});

test.describe('where a reader lands: "/", the query, ↓, Enter', () => {
  const expected = (q: (typeof searchQueries)[number]) => `${q.page}${q.heading ? `#${q.heading}` : ''}`;

  // Every query typed in one open dialog: ↓ and Enter follow the first result's link.
  test(
    `each of the ${searchQueries.length} queries has the right first result`,
    { tag: '@base' },
    async ({ page, baseURL }) => {
      await page.goto('./');
      await page.keyboard.press('/');
      await expect(dialog(page)).toBeVisible();
      const answers = await searchEach(
        page,
        searchQueries.map((q) => q.query),
      );
      const base = new URL(baseURL!).pathname;
      expect(
        answers.map((a) => `"${a.query}" → ${a.href ? `/${a.href.slice(base.length)}` : '(none)'}`),
      ).toEqual(searchQueries.map((q) => `"${q.query}" → ${expected(q)}`));
    },
  );

  // And a few real landings, a page and subsections, as a reader's keys make them.
  for (const q of searchQueries.filter((_, i) => [0, 3, 7].includes(i))) {
    test(`"${q.query}" → ${expected(q)}, by ↓ and Enter`, { tag: '@base' }, async ({ page, baseURL }) => {
      await page.goto('./');
      expect(await landing(page, baseURL!, q.query)).toBe(expected(q));
    });
  }
});
