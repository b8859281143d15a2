// What a reader's browser fetches and runs for a page, served with brotli as a CDN would:
// requests, transferred bytes by type, and JavaScript transferred and run before any interaction.
import type { Browser } from '@playwright/test';

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface PageCost {
  path: string;
  requests: number;
  /** Transferred bytes by type: response bodies as sent (brotli) plus their headers. */
  bytes: Record<Kind, number>;
  total: number;
  /** Of the total, the response headers (the bench server sends no security headers). */
  headers: number;
  jsTransferred: number;
  /** JavaScript the page ran before any interaction: the uncompressed size of each script that ran. */
  jsExecuted: number;
}

const kindOf = (contentType: string, url: string): Kind => {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('font') || /\.woff2?$/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
};

/** Loads `url` in a fresh browser context (empty cache) and adds up what it cost. */
export async function measurePage(browser: Browser, url: string, path: string): Promise<PageCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  let requests = 0;
  let headers = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const kind = kindOf((await response?.headerValue('content-type')) ?? '', request.url());
        requests += 1;
        bytes[kind] += sizes.responseBodySize + sizes.responseHeadersSize;
        headers += sizes.responseHeadersSize;
      })(),
    );
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
  const coverage = await page.coverage.stopJSCoverage();
  await Promise.all(pending);
  const jsExecuted = coverage
    .filter((entry) => entry.functions.some((fn) => fn.ranges.some((range) => range.count > 0)))
    .reduce((sum, entry) => sum + (entry.source?.length ?? 0), 0);
  await context.close();
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return { path, requests, bytes, total, headers, jsTransferred: bytes.js, jsExecuted };
}
