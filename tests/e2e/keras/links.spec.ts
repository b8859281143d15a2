import { expect, test } from '../helpers/test';
import { deployment } from '../../../src/config';

/** The ids GitHub gives the headings of SECURITY.md (NOTES.md). */
const securityMdIds = [
  'security-policy',
  'using-keras-securely',
  'untrusted-inputs',
  'data-privacy',
  'untrusted-environments-or-networks',
  'multi-tenant-environments',
  'tenant-isolation',
  'resource-allocation',
  'model-sharing',
  'hardware-attacks',
  'reporting-a-vulnerability',
];

/** The published URL of a site path, as the build's `site` and base make it. */
const published = (baseURL: string, path: string) =>
  `${deployment.site.replace(/\/$/, '')}${new URL(baseURL).pathname}${path}`;

test.describe('copying a link to a heading', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test(
    'copies the absolute URL, then a Markdown link, from the keyboard, and says so',
    { tag: '@base' },
    async ({ page, baseURL }) => {
      await page.goto('multi-tenant/');
      const copy = page.getByRole('button', { name: 'Copy link to “Model Sharing”' });
      const copyMarkdown = page.getByRole('button', { name: 'Copy Markdown link to “Model Sharing”' });
      await page.getByRole('link', { name: 'Section titled “Model Sharing”' }).focus();
      await page.keyboard.press('Tab');
      await expect(copy).toBeFocused();
      await expect(copy).toBeVisible();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(published(baseURL!, 'multi-tenant/#model-sharing'));
      await expect(page.getByRole('status')).toHaveText('Link copied');
      await page.keyboard.press('Tab');
      await expect(copyMarkdown).toBeFocused();
      await page.keyboard.press('Space');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`[Model Sharing](${published(baseURL!, 'multi-tenant/#model-sharing')})`);
      await expect(page.getByRole('status')).toHaveText('Markdown link copied');
    },
  );

  test('the page title copies the page’s own address', { tag: '@base' }, async ({ page, baseURL }) => {
    await page.goto('data-privacy/');
    await page.getByRole('button', { name: 'Copy Markdown link to “Data privacy”' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`[Data privacy](${published(baseURL!, 'data-privacy/')})`);
  });
});

test.describe('copying a whole section as Markdown', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test(
    'the page title’s “Copy section” copies the section’s Markdown twin, and says so',
    { tag: '@base' },
    async ({ page, request }) => {
      await page.goto('multi-tenant/');
      const twin = await page.locator('link[rel=alternate][type="text/markdown"]').getAttribute('href');
      const markdown = await (await request.get(twin!)).text();
      expect(markdown).toMatch(/^# Multi-Tenant environments\n/);
      await page
        .getByRole('button', { name: 'Copy as Markdown the section “Multi-Tenant environments”' })
        .click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
      await expect(page.getByRole('status')).toHaveText('Section copied as Markdown');
      // Subsections copy links only: the section is one file.
      await expect(
        page.getByRole('button', { name: /^Copy as Markdown the section “Model Sharing”/ }),
      ).toHaveCount(0);
    },
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no copy buttons, the anchor link remains', async ({ page }) => {
    await page.goto('multi-tenant/');
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Section titled “Model Sharing”' })).toHaveAttribute(
      'href',
      '#model-sharing',
    );
  });
});

test.describe('forgiving fragments', () => {
  test('match whatever their case', { tag: '@base' }, async ({ page }) => {
    await page.goto('multi-tenant/#Model-SHARING');
    await expect(page).toHaveURL(/multi-tenant\/#model-sharing$/);
    await expect(page.locator('#model-sharing')).toBeInViewport();
    await page.goto('./#using-Keras-securely');
    await expect(page).toHaveURL(/#using-keras-securely$/);
    await expect(page.locator('#using-keras-securely')).toBeInViewport();
  });

  // The site root taking each SECURITY.md id to its heading is the overview test of every id
  // the build gives (helpers/any-policy.ts); the one-page policy's test below pins the list.
  test(
    'the one-page policy takes every SECURITY.md link, in any case',
    { tag: '@base' },
    async ({ page }) => {
      for (const id of securityMdIds) {
        await page.goto(`policy/#${id.toUpperCase()}`);
        await expect(page).toHaveURL(new RegExp(`policy/#${id}$`));
        await expect(page.locator(`#${id}`)).toBeInViewport();
      }
    },
  );
});
