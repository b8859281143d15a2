import { expect, type Page } from '@playwright/test';
import type { IndexedText } from '../../helpers/search-phrases.ts';

/** The search dialog, once open. */
export const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the policy' });

/** The results of the open dialog, each a section led by its best-matching part. */
export const results = (page: Page) => dialog(page).getByRole('list', { name: 'Results' }).locator('> li');

/** The link of a result: to the subsection (or section) that matched best. */
export const resultLink = (page: Page, index = 0) => results(page).nth(index).locator('> a');

/** The status line, which screen readers announce. */
export const status = (page: Page) => dialog(page).getByRole('status');

/** Types into the open search dialog and waits for its results. */
export async function search(page: Page, query: string) {
  const input = dialog(page).getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(status(page)).toContainText(`“${query}”`);
  await expect(dialog(page).getByRole('list', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
}

/** Opens search with the `/` shortcut and searches for `query`. */
export async function openAndSearch(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await search(page, query);
}

/**
 * Where a reader lands for `query`: open search with `/`, type, press ↓ then Enter, and read
 * the path and fragment the browser shows (without the base path and the highlight query).
 */
export async function landing(page: Page, siteUrl: string, query: string): Promise<string> {
  await openAndSearch(page, query);
  const before = page.url();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href !== before);
  const url = new URL(page.url());
  return `/${url.pathname.slice(new URL(siteUrl).pathname.length)}${url.hash}`;
}

/**
 * Types each query into the open dialog in turn, in the page itself (fast enough for a
 * thousand), and returns what the dialog showed: the first result's link (path and fragment,
 * under the site's base path) and the status line.
 */
export async function searchEach(
  page: Page,
  queries: readonly string[],
): Promise<{ query: string; href: string | undefined; status: string; count: number }[]> {
  return page.evaluate(async (queries) => {
    const input = document.querySelector<HTMLInputElement>('dialog[open] input[type="search"]')!;
    const list = document.getElementById('search-results')!;
    const status = document.getElementById('search-status')!;
    const answers = [];
    for (const query of queries) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const started = performance.now();
      // The status names the query once its results are in the list.
      while (!(status.textContent?.includes(`“${query}”`) && list.getAttribute('aria-busy') === 'false')) {
        if (performance.now() - started > 10_000) throw new Error(`no answer for "${query}" in 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const link = list.querySelector<HTMLAnchorElement>(':scope > li > a');
      const href = link ? new URL(link.href) : undefined;
      answers.push({
        query,
        href: href && href.pathname + href.hash,
        status: status.textContent ?? '',
        count: list.children.length,
      });
    }
    return answers;
  }, queries);
}

/** The Pagefind module of the site served at `siteUrl` (its base URL, ending in `/`). */
const pagefindModule = (siteUrl: string) => new URL('pagefind/pagefind.js', siteUrl).href;

/** Every indexed page as Pagefind stored it (`null` searches everything). */
export async function indexedPages(page: Page, siteUrl: string): Promise<IndexedText[]> {
  const bundle = pagefindModule(siteUrl);
  return page.evaluate(async (url) => {
    const pagefind = await import(url);
    await pagefind.options({ baseUrl: '/' });
    const { results } = await pagefind.search(null);
    return Promise.all(
      results.map(async (result: { data(): Promise<Record<string, never>> }) => {
        const data = (await result.data()) as unknown as {
          url: string;
          content: string;
          meta: Record<string, string>;
          anchors: { element: string; id: string; text: string; location: number }[];
        };
        return {
          url: data.url,
          title: data.meta.title ?? '',
          content: data.content,
          meta: data.meta,
          anchors: data.anchors
            .filter((anchor) => /^h[1-6]$/i.test(anchor.element))
            .map((anchor) => ({ id: anchor.id, title: anchor.text, location: anchor.location })),
        };
      }),
    );
  }, bundle);
}
