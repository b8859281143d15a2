import { expect, type Page } from '@playwright/test';
import type { PagefindResultData } from '../../../src/lib/search-landing';

/** The search dialog, once open. */
export const dialog = (page: Page) => page.locator('pagefind-modal dialog[open]');

/** Types into the open search dialog and waits for its results. */
export async function search(page: Page, query: string) {
  const input = dialog(page).getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(dialog(page).locator('.pf-summary')).toContainText(query);
  await expect(dialog(page).locator('.pf-results')).toHaveAttribute('aria-busy', 'false');
}

/** Opens search with the `/` shortcut and searches for `query`. */
export async function openAndSearch(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await search(page, query);
}

/** The Pagefind module of the site served at `siteUrl` (its base URL, ending in `/`). */
const pagefindModule = (siteUrl: string) => new URL('pagefind/pagefind.js', siteUrl).href;

/** The top result for `query` from Pagefind's own API in the page, with site paths as URLs. */
export async function topResult(page: Page, siteUrl: string, query: string): Promise<PagefindResultData> {
  const bundle = pagefindModule(siteUrl);
  return page.evaluate(
    async ([url, q]) => {
      const pagefind = await import(url!);
      await pagefind.options({ baseUrl: '/' });
      const { results } = await pagefind.search(q);
      if (results.length === 0) throw new Error(`no result for "${q}"`);
      const data = await results[0].data();
      return { url: data.url, sub_results: data.sub_results };
    },
    [bundle, query],
  );
}

/** Every indexed page with the text Pagefind stored for it (`null` searches everything). */
export async function indexedPages(page: Page, siteUrl: string): Promise<{ url: string; content: string }[]> {
  const bundle = pagefindModule(siteUrl);
  return page.evaluate(async (url) => {
    const pagefind = await import(url);
    await pagefind.options({ baseUrl: '/' });
    const { results } = await pagefind.search(null);
    return Promise.all(
      results.map(async (result: { data(): Promise<{ url: string; content: string }> }) => {
        const { url: path, content } = await result.data();
        return { url: path, content };
      }),
    );
  }, bundle);
}
