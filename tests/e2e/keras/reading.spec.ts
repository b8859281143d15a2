import { type Page } from '@playwright/test';
import { expect, test } from '../helpers/test';

const sections = [
  { path: 'untrusted-inputs/', title: 'Untrusted inputs' },
  { path: 'data-privacy/', title: 'Data privacy' },
  { path: 'untrusted-environments/', title: 'Untrusted environments or networks' },
  { path: 'multi-tenant/', title: 'Multi-Tenant environments' },
  { path: 'reporting/', title: 'Reporting a Vulnerability' },
];

/** Distance of an element's top from the top of the viewport, in CSS pixels. */
const topOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);

test.describe('reading the policy', () => {
  test('home reaches every section through the navigation', { tag: '@base' }, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security Policy');
    for (const { title } of sections) {
      await page.getByRole('main').getByRole('link', { name: title, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await page
        .getByRole('navigation', { name: 'Policy sections' })
        .getByRole('link', { name: 'Overview' })
        .click();
    }
  });

  test(
    'the section navigation walks the policy in order, marking the current page',
    { tag: '@base' },
    async ({ page }) => {
      await page.goto(sections[0]!.path);
      const nav = page.getByRole('navigation', { name: 'Policy sections' });
      for (const { title } of sections) {
        await nav.getByRole('link', { name: title, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(nav.locator('[aria-current=page]')).toHaveText(title);
      }
      for (const { title } of [...sections].reverse().slice(1)) {
        await page.getByRole('link', { name: new RegExp(`^Previous ${title}`) }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      }
    },
  );

  test('a contents link brings its subsection to the top', async ({ page }) => {
    await page.goto('multi-tenant/');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Model Sharing' })
      .click();
    await expect(page).toHaveURL(/#model-sharing$/);
    await expect.poll(() => topOf(page, '#model-sharing')).toBeLessThan(40);
    await expect.poll(() => topOf(page, '#model-sharing')).toBeGreaterThanOrEqual(0);
  });

  test('a deep link opens with its heading at the top', async ({ page }) => {
    await page.goto('multi-tenant/#model-sharing');
    await expect.poll(() => topOf(page, '#model-sharing')).toBeLessThan(40);
    await expect.poll(() => topOf(page, '#model-sharing')).toBeGreaterThanOrEqual(0);
  });

  test('the one-page policy links to SECURITY.md anchors', async ({ page }) => {
    await page.goto('policy/#tenant-isolation');
    await expect(page.locator('h4#tenant-isolation')).toBeInViewport();
    await expect.poll(() => topOf(page, '#tenant-isolation')).toBeLessThan(40);
  });

  test(
    'an unknown address gets a 404 page that links to every section',
    { tag: '@base' },
    async ({ page }) => {
      const response = await page.goto('no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      for (const { title } of sections)
        await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
      await page.getByRole('link', { name: 'Data privacy', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data privacy');
    },
  );

  test('the anchor link of a heading shows on hover and points at the heading', async ({ page }) => {
    await page.goto('multi-tenant/');
    const anchor = page.getByRole('link', { name: 'Section titled “Model Sharing”' });
    await expect(anchor).toHaveCSS('opacity', '0');
    await page.locator('#model-sharing').hover();
    await expect(anchor).toHaveCSS('opacity', '1');
    await anchor.click();
    await expect(page).toHaveURL(/multi-tenant\/#model-sharing$/);
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  // Nothing scrolls sideways at 360 px: the 320 px reflow test of every page (suites/any-policy.ts)
  // checks it at the narrower width, text spacing included.

  test('the section menu opens from its toggle', { tag: '@base' }, async ({ page }) => {
    await page.goto('data-privacy/');
    const nav = page.getByRole('navigation', { name: 'Policy sections' });
    await expect(nav.getByRole('link', { name: 'Model', exact: false })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Untrusted inputs' })).toBeHidden();
    await page.getByText('Sections: Data privacy').click();
    await nav.getByRole('link', { name: 'Untrusted inputs' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untrusted inputs');
  });
});

test.describe('with the keyboard only', () => {
  test('skip link first, then every stop has a visible focus ring', async ({ page }) => {
    await page.goto('multi-tenant/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);

    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          label: `${element.tagName} ${element.textContent?.trim().slice(0, 40)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          visible: box.width > 0 && box.height > 0 && style.opacity !== '0',
          inMain: Boolean(element.closest('main')),
        };
      });
      expect(focus.outline, `focus ring on ${focus.label}`).toBe(true);
      expect(focus.visible, `${focus.label} is visible when focused`).toBe(true);
      expect(focus.inMain, `${focus.label} follows the skip link`).toBe(true);
      seen.push(focus.label);
    }
    expect(seen.some((label) => label.includes('Section titled'))).toBe(true);
  });

  test('Enter on a navigation link opens the section', { tag: '@base' }, async ({ page }) => {
    await page.goto('./');
    const target = page.getByRole('main').getByRole('link', { name: 'Data privacy', exact: true });
    for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data privacy');
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('navigation, contents and anchors all work', { tag: '@base' }, async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('main')
      .getByRole('link', { name: 'Multi-Tenant environments', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multi-Tenant environments');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Hardware Attacks' })
      .click();
    await expect(page).toHaveURL(/#hardware-attacks$/);
    await expect(page.locator('#hardware-attacks')).toBeInViewport();
    await page.getByRole('link', { name: /^Next Reporting a Vulnerability/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reporting a Vulnerability');
    await page
      .getByRole('navigation', { name: 'Policy sections' })
      .getByRole('link', { name: 'Full policy on one page' })
      .click();
    await expect(page.locator('#reporting-a-vulnerability')).toBeAttached();
    await page.goto('untrusted-inputs/#untrusted-inputs');
    await expect(page.locator('#untrusted-inputs')).toBeInViewport();
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting from the first paint', async ({ page }) => {
    await page.goto('data-privacy/');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
  });
});
