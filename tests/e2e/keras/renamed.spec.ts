import { expect, test } from '../helpers/test';

// Runs on a build of tests/fixtures/anchors/renamed: the multi-tenant page moved to /tenancy/
// and "Model Sharing" became "Sharing Models", both with their former names declared.

test('an old page address with an old heading id lands on the renamed heading of the moved page', async ({
  page,
}) => {
  await page.goto('multi-tenant/#model-sharing');
  await expect(page).toHaveURL(/\/tenancy\/#sharing-models$/);
  await expect(page.locator('#sharing-models')).toBeInViewport();
});

test('a former id lands on the renamed heading', async ({ page }) => {
  await page.goto('tenancy/#Model-Sharing');
  await expect(page).toHaveURL(/\/tenancy\/#sharing-models$/);
  await expect(page.locator('#sharing-models')).toBeInViewport();
});

test('the site root forwards the former id too', async ({ page }) => {
  await page.goto('./#model-sharing');
  await expect(page).toHaveURL(/\/tenancy\/#sharing-models$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the old page address still forwards to the new one', async ({ page }) => {
    await page.goto('multi-tenant/');
    await expect(page).toHaveURL(/\/tenancy\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multi-Tenant environments');
  });
});
