import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { cacheControl, headerOnlyDirectives, pageCsp, parseCsp } from '../../src/lib/host-config';
import { project } from '../../src/config';
import { repositoryImageBase } from '../../src/lib/image-sources';
import { promisedHeaders } from '../helpers/promised-headers';
import { builtAnchors, distDir, htmlFiles, urlOf } from '../helpers/dist';
import { openAndSearch, resultLink } from './helpers/search';
import { expect, test } from './helpers/test';

// Runs against nginx serving dist/ with the server configuration the build wrote
// (tests/harness/nginx.mjs): what a reader's browser gets from a production server.

const pages = htmlFiles().filter((file) => file !== '404.html');
const fetchOptions = { maxRedirects: 0 } as const;

/**
 * The sources a policy may name: 'self', keywords and hashes, never another origin but, for
 * images, the policy's own repository's files (src/lib/image-sources.ts).
 */
const allowedSource = /^('self'|'none'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/;
const repositoryImages = repositoryImageBase(project.repository.url);
const allowed = (directive: string, source: string) =>
  allowedSource.test(source) || (directive === 'img-src' && source === repositoryImages);

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(promisedHeaders)) expect(headers[name], name).toBe(value);
  const csp = parseCsp(headers['content-security-policy'] ?? '');
  for (const [name, sources] of headerOnlyDirectives) expect(csp.get(name)).toEqual([sources]);
  for (const [name, sources] of csp) {
    for (const source of sources) expect(allowed(name, source), `${name} ${source}`).toBe(true);
  }
  return csp;
}

test.describe('nginx sends the site’s headers', () => {
  for (const file of pages) {
    test(`${urlOf(file)}: every security header, a CSP covering the page’s own, revalidated`, async ({
      request,
      baseURL,
    }) => {
      const response = await request.get(new URL(urlOf(file), baseURL).href, fetchOptions);
      expect(response.status()).toBe(200);
      const csp = expectSecurityHeaders(response);
      expect(response.headers()['cache-control']).toBe(cacheControl.revalidate);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      // The header may only add to what the page's own <meta> policy lets run.
      const meta = pageCsp(readFileSync(join(distDir, file), 'utf8'))!;
      for (const [name, sources] of parseCsp(meta)) {
        expect(csp.get(name), name).toEqual(expect.arrayContaining(sources));
      }
    });
  }

  test('an unknown address gets the 404 page with the same headers', async ({ request }) => {
    const response = await request.get('no-such-page/', fetchOptions);
    expect(response.status()).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<h1');
  });

  test('files named by their content are cached for a year; everything else is revalidated', async ({
    request,
  }) => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const script = /src="[^"]*\/(_astro\/[^"]+\.js)"/.exec(html)![1]!;
    const [fragment] = readdirSync(join(distDir, 'pagefind/fragment'));
    const meta = readdirSync(join(distDir, 'pagefind')).find((name) => name.endsWith('.pf_meta'));
    for (const path of [script, `pagefind/fragment/${fragment}`, `pagefind/${meta}`]) {
      const response = await request.get(path, fetchOptions);
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(response);
      expect(response.headers()['cache-control'], path).toBe(cacheControl.immutable);
    }
    for (const path of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/warm-up.json',
      'anchors.json',
      'favicon.svg',
    ]) {
      const response = await request.get(path, fetchOptions);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['cache-control'], path).toBe(cacheControl.revalidate);
    }
  });

  test('security.txt is served as UTF-8 text, at the base and at the domain root (RFC 9116)', async ({
    request,
    baseURL,
  }) => {
    const expected = readFileSync(join(distDir, '.well-known/security.txt'), 'utf8');
    for (const url of ['.well-known/security.txt', new URL('/.well-known/security.txt', baseURL).href]) {
      const response = await request.get(url, fetchOptions);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
      expectSecurityHeaders(response);
      expect(await response.text()).toBe(expected);
    }
  });

  test('the base without its slash and the domain root forward to the site', async ({ request, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    const bare = await request.get(new URL(base.slice(0, -1), baseURL).href, fetchOptions);
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toBe(base);
    const root = await request.get(new URL('/', baseURL).href, fetchOptions);
    expect(root.status()).toBe(302);
    expect(root.headers()['location']).toBe(base);
  });

  test('the files that configure hosts are not served', async ({ request }) => {
    for (const path of ['_headers', '_redirects', '_nginx/site.conf']) {
      expect((await request.get(path, fetchOptions)).status(), path).toBe(404);
    }
  });
});

test('every page, and a search, run under the header CSP with no violation and no other origin', async ({
  page,
  baseURL,
}) => {
  // The guard in helpers/test.ts fails this test on any refused resource or off-site request.
  for (const file of pages) {
    const response = await page.goto(new URL(urlOf(file), baseURL).href);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  }
  await page.goto('./');
  // A query this policy answers, whatever it is: its first section's title.
  await openAndSearch(page, builtAnchors.pages[2]!.title);
  await resultLink(page).click();
  await expect(page.locator('mark').first()).toBeVisible();
});
