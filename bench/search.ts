// `npm run bench:search`: search quality and speed on the built site, in headless Chromium.
// For every query in tests/helpers/search-queries.ts: where the top results land (hit@1, hit@3),
// and the time from the input event to rendered results, cold (first query on a fresh page,
// after the search UI has loaded, so including the index) and warm; plus the bytes fetched.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { deployment } from '../src/config.ts';
import { landingOf, type PagefindResultData } from '../src/lib/search-landing.ts';
import { searchQueries } from '../tests/helpers/search-queries.ts';
import { build, kib, launch, median, scratch, serve } from './harness.ts';

const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;

/** Opens the search dialog the way a reader does and waits until it is ready for typing. */
async function openSearch(page: Page) {
  await page.keyboard.press('/');
  await page.locator('pagefind-modal dialog[open] input').waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('pagefind-modal input'));
}

/** Waits until the dialog's Pagefind engine and index have loaded (the UI's own head start). */
async function engineReady(page: Page) {
  await page.waitForFunction(() =>
    Boolean(
      (document.querySelector('pagefind-modal') as unknown as { instance?: { __pagefind__?: unknown } })
        .instance?.__pagefind__,
    ),
  );
  await page.evaluate(() =>
    (
      document.querySelector('pagefind-modal') as unknown as {
        instance: { __pagefind__: { preload(t: string): Promise<void> } };
      }
    ).instance.__pagefind__.preload('a'),
  );
}

/**
 * Milliseconds from the input event to the results for `query` in the DOM: the summary names the
 * query and the first result is linked. The field is cleared first, so the results of an
 * earlier search never count.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('pagefind-modal input')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => !document.querySelector('pagefind-modal .pf-result-link'));
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve, reject) => {
        const modal = document.querySelector('pagefind-modal')!;
        const input = modal.querySelector('input')!;
        setTimeout(() => reject(new Error(`no results for "${q}" within 10 s`)), 10_000);
        // The field was cleared first, so any result link now belongs to this query.
        const done = () =>
          modal.querySelector('.pf-summary')?.textContent?.includes(q) &&
          modal.querySelector('.pf-result-link');
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(modal, { subtree: true, childList: true, characterData: true, attributes: true });
        const started = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** What search fetches, by part: Pagefind's UI, its engine (script, worker, WebAssembly), the index. */
const searchPart = (url: string) =>
  /pagefind-component-ui/.test(url)
    ? 'ui'
    : /\.pf_(index|fragment|meta)$|pagefind-entry/.test(url)
      ? 'index'
      : /\/pagefind\//.test(url)
        ? 'engine'
        : undefined;

/** Counts the bytes received (body as sent, plus headers) for every search request of a page, workers included. */
function countSearchBytes(page: Page) {
  const bytes = { ui: 0, engine: 0, index: 0 };
  page.on('requestfinished', async (request) => {
    const part = searchPart(request.url());
    if (!part) return;
    const sizes = await request.sizes();
    bytes[part] += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  return bytes;
}

/** The top three results for `query` from Pagefind's API, as site paths. */
function topThree(page: Page, bundle: string, query: string): Promise<PagefindResultData[]> {
  return page.evaluate(
    async ([url, q]) => {
      const pagefind = await import(url!);
      await pagefind.options({ baseUrl: '/' });
      const { results } = await pagefind.search(q);
      return Promise.all(results.slice(0, 3).map((r: { data(): Promise<PagefindResultData> }) => r.data()));
    },
    [bundle, query],
  );
}

const outDir = join(scratch, 'search-dist');
const buildMs = build(outDir);
const server = await serve(outDir, base, 4340);
const browser = await launch();
try {
  const rows: {
    query: string;
    expected: string;
    hit1: boolean;
    hit3: boolean;
    /** First query typed the moment the dialog opens: includes loading Pagefind's engine. */
    instantMs: number;
    /** First query once the UI and its index have loaded. */
    coldMs: number;
    warmMs: number;
    bytes: { ui: number; engine: number; index: number };
  }[] = [];

  // Warm: one page, the dialog open, every query in turn (each measured once its index is cached).
  const warmPage = await browser.newPage();
  await warmPage.goto(server.url);
  await openSearch(warmPage);
  for (const { query } of searchQueries) await timeQuery(warmPage, query);
  const warm = new Map<string, number>();
  for (const { query } of searchQueries) warm.set(query, await timeQuery(warmPage, query));

  for (const expected of searchQueries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = countSearchBytes(page);
    await page.goto(server.url);
    await openSearch(page);
    const instantMs = await timeQuery(page, expected.query);
    await page.waitForLoadState('networkidle');
    await context.close();

    const coldContext = await browser.newContext();
    const coldPage = await coldContext.newPage();
    await coldPage.goto(server.url);
    await openSearch(coldPage);
    await engineReady(coldPage);
    const coldMs = await timeQuery(coldPage, expected.query);
    await coldContext.close();
    const results = (
      await topThree(warmPage, new URL('pagefind/pagefind.js', server.url).href, expected.query)
    ).map(landingOf);
    const lands = (landing: { page: string; heading: string | undefined } | undefined) =>
      landing?.page === expected.page && (!expected.heading || landing.heading === expected.heading);
    rows.push({
      query: expected.query,
      expected: `${expected.page}${expected.heading ? `#${expected.heading}` : ''}`,
      hit1: lands(results[0]),
      hit3: results.some(lands),
      instantMs,
      coldMs,
      warmMs: warm.get(expected.query)!,
      bytes: { ...bytes },
    });
  }

  const hit1 = rows.filter((r) => r.hit1).length;
  const hit3 = rows.filter((r) => r.hit3).length;
  const summary = {
    queries: rows.length,
    hitAt1: hit1 / rows.length,
    hitAt3: hit3 / rows.length,
    instantMedianMs: median(rows.map((r) => r.instantMs)),
    coldMedianMs: median(rows.map((r) => r.coldMs)),
    warmMedianMs: median(rows.map((r) => r.warmMs)),
    firstSearchBytesMedian: {
      ui: median(rows.map((r) => r.bytes.ui)),
      engine: median(rows.map((r) => r.bytes.engine)),
      index: median(rows.map((r) => r.bytes.index)),
    },
    buildMs,
    budgets: { warmMs: 50, coldMs: 100 },
  };

  console.log(
    '\nquery                                 expected                               @1  @3  instant ms  cold ms  warm ms  fetched',
  );
  for (const r of rows) {
    const ms = (value: number, width: number) => value.toFixed(1).padStart(width);
    console.log(
      `${r.query.padEnd(37)} ${r.expected.padEnd(38)} ${r.hit1 ? 'yes' : 'NO '} ${r.hit3 ? 'yes' : 'NO '} ${ms(r.instantMs, 11)} ${ms(r.coldMs, 8)} ${ms(r.warmMs, 8)}  ${kib(r.bytes.ui + r.bytes.engine + r.bytes.index).padStart(9)}`,
    );
  }
  console.log(`
hit@1 ${hit1}/${rows.length} (${(summary.hitAt1 * 100).toFixed(0)}%), hit@3 ${hit3}/${rows.length} (${(summary.hitAt3 * 100).toFixed(0)}%)
input to rendered results, median: cold ${summary.coldMedianMs.toFixed(1)} ms after the UI has loaded (budget ${summary.budgets.coldMs}), warm ${summary.warmMedianMs.toFixed(1)} ms (budget ${summary.budgets.warmMs})
  typed the instant the dialog opens (engine still loading, debounce 1 ms counted): ${summary.instantMedianMs.toFixed(1)} ms
bytes fetched by a first search (brotli, as sent, median): Pagefind UI ${kib(summary.firstSearchBytesMedian.ui)}, engine ${kib(summary.firstSearchBytesMedian.engine)}, index ${kib(summary.firstSearchBytesMedian.index)}; none before search is opened
build ${(buildMs / 1000).toFixed(1)} s`);
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'search.json'), `${JSON.stringify({ summary, rows }, null, 2)}\n`);
  console.log(`JSON: ${join(scratch, 'search.json')}`);
  if (
    hit1 < rows.length ||
    summary.warmMedianMs > summary.budgets.warmMs ||
    summary.coldMedianMs > summary.budgets.coldMs
  )
    process.exitCode = 1;
} finally {
  await browser.close();
  server.stop();
}
