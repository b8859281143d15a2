import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { deployment } from '../../../src/config';
import { indexedPages, resultLink, search } from '../helpers/search';

// `astro dev` keeps search working on the content being edited: it indexes on start and again
// after every change. This runs the real dev server on a copy of the content.
const root = join(import.meta.dirname, '../../..');
const contentDir = '.tmp-dev-search-content';
// The port playwright.config.ts took for the dev server.
const port = Number(process.env.POLICY_TEST_PORTS!.split(',')[4]);
let server: ChildProcess;
let log = '';

/**
 * Resolves when the dev server has logged "search index ready" `count` times in all; fails with
 * the server's log when it logs that indexing failed ("search index: …") or never gets there.
 */
async function indexed(count: number) {
  try {
    await expect
      .poll(
        () => {
          if (/search index: /.test(log)) throw new Error('it logged that indexing failed');
          return log.split('search index ready').length - 1;
        },
        { timeout: 150_000 },
      )
      .toBeGreaterThanOrEqual(count);
  } catch (error) {
    throw new Error(
      `astro dev: "search index ready" not logged ${count} times: ${(error as Error).message}\nIts log:\n${log}`,
    );
  }
}

// A fresh clone's first `astro dev` optimises its dependencies before it serves, and a machine
// running two suites at once renders each page slowly: allow for both.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  rmSync(join(root, contentDir), { recursive: true, force: true });
  cpSync(join(root, 'content'), join(root, contentDir), { recursive: true });
  // --ignore-lock: run beside a dev server the developer may have open.
  server = spawn('astro', ['dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_DEV_BACKGROUND: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  await indexed(1);
});

test.afterAll(() => {
  server?.kill();
  rmSync(join(root, contentDir), { recursive: true, force: true });
});

/** The indexed text of the data-privacy page, read again if the dev server reloads the page meanwhile. */
async function dataPrivacyText(page: Page, siteUrl: string): Promise<string | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await indexedPages(page, siteUrl)).find((p) => p.url === '/data-privacy/')?.content;
    } catch (error) {
      // Vite may reload the page once after optimising dependencies on the first visit.
      if (attempt === 3) throw error;
      await page.waitForLoadState('load');
    }
  }
}

// Tagged: `npm test` runs it on its own, after the fixture builds (scripts/test.mjs).
test(
  'search works in `npm run dev`, and follows the content as it is edited',
  { tag: '@dev-server' },
  async ({ page }) => {
    const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;
    const site = `http://127.0.0.1:${port}${base}`;
    await page.goto(`${site}data-privacy/`);
    const before = await dataPrivacyText(page, site);
    expect(before).toContain('it is essential to sandbox the model execution');
    expect(before).not.toContain('zebrafinch');

    appendFileSync(
      join(root, contentDir, 'policy/data-privacy.mdx'),
      '\nA zebrafinch sentence added while editing.\n',
    );
    await indexed(2);
    // A fresh page: this one holds the old index in memory, and the dev server reloads it on the edit.
    const fresh = await page.context().newPage();
    await fresh.goto(`${site}data-privacy/`);
    expect(await dataPrivacyText(fresh, site)).toContain('A zebrafinch sentence added while editing.');
    // The search dialog, as a reader uses it, finds the new sentence too.
    await fresh.keyboard.press('/');
    await search(fresh, 'zebrafinch');
    await expect(resultLink(fresh)).toHaveAttribute('href', /\/data-privacy\/\?highlight=zebrafinch$/);
  },
);
