import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { warmUpFile, type WarmUp } from '../../../src/lib/search/warm-up';
import { openAndSearch, dialog as searchDialog, landing, searchEach } from '../helpers/search';
import { expect, test } from '../helpers/test';

// The browser tests that hold for any policy the site publishes: everything they expect comes
// from the build they run against (its anchors.json and files). any-policy.spec.ts runs them on
// the Keras build, second-policy.spec.ts on tests/fixtures/second-policy.

interface Built {
  pages: { path: string; title: string; anchors: { id: string; title: string }[] }[];
}

const root = join(import.meta.dirname, '../../..');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Colour rules alone: the dark scheme is an override of the colour tokens, nothing else. */
const colourRules = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, rules?: string[]) {
  // Only violations are read: axe then skips collecting every passing and inapplicable node.
  const builder = new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Defines the generic browser tests for the build in `dist` (relative to the project). */
export function anyPolicyTests(dist: string) {
  const built = JSON.parse(readFileSync(join(root, dist, 'anchors.json'), 'utf8')) as Built;
  const sections = built.pages.filter((p) => p.path !== '/' && p.path !== '/policy/');
  // Site paths are written without the leading slash: relative to the project's baseURL.
  const relative = (path: string) => path.replace(/^\//, '') || './';
  const pages = [
    ...readdirSync(join(root, dist), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => relative(`/${file.replace(/index\.html$/, '')}`))
      .sort(),
    'no-such-page/',
  ];

  // One page per template (overview, one-page policy, advisories, changes, 404, and of the
  // section pages and advisory pages the one with the most in it), as Starlight's own
  // accessibility suite samples: the narrow width and the dark scheme change styles, not markup,
  // and the dark scheme only colours.
  const sectionPaths = new Set(sections.map((section) => relative(section.path)));
  const size = (path: string) => readFileSync(join(root, dist, path, 'index.html')).length;
  const largest = (paths: string[]) => paths.sort((a, b) => size(b) - size(a)).slice(0, 1);
  const advisory = (path: string) => /^advisories\/[^/]+\/$/.test(path);
  const representative = [
    ...pages.filter((path) => !sectionPaths.has(path) && !advisory(path)),
    ...largest([...sectionPaths]),
    ...largest(pages.filter(advisory)),
  ];

  const scans = [
    // Every page once, with every rule.
    { name: 'light, 1280 px', colorScheme: 'light', width: 1280, paths: pages },
    { name: 'light, 360 px', colorScheme: 'light', width: 360, paths: representative },
    {
      name: 'dark, 1280 px, colour rules',
      colorScheme: 'dark',
      width: 1280,
      paths: representative,
      rules: colourRules,
    },
    // What shows only at the narrow width (the section menu's toggle, the full-width dialog), dark.
    {
      name: 'dark, 360 px, colour rules',
      colorScheme: 'dark',
      width: 360,
      paths: largest([...sectionPaths]),
      rules: colourRules,
    },
  ] as const;
  for (const { name, colorScheme, width, paths, ...scan } of scans) {
    const rules = 'rules' in scan ? [...scan.rules] : undefined;
    test.describe(`axe, ${name}`, () => {
      test.use({ colorScheme, viewport: { width, height: 800 } });
      for (const path of paths) {
        test(`${path}: no violations`, async ({ page }) => {
          await page.goto(path);
          expect(await violations(page, rules)).toEqual([]);
        });
      }
    });
  }
  // The open dialog in each scheme and width of the scans above, opened once: the scheme and
  // the width change only its styles, which the browser applies again as they change.
  test('axe: the search dialog, open with results, in each scheme and width: no violations', async ({
    page,
  }) => {
    // Four scans in one test: the time of four.
    test.slow();
    await page.goto('./');
    await openAndSearch(page, sections[0]!.title);
    for (const { name, colorScheme, width, ...scan } of scans) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      expect(await violations(page, 'rules' in scan ? [...scan.rules] : undefined), name).toEqual([]);
    }
  });

  test.describe('zoom, reflow and text spacing', () => {
    // The text-spacing overrides are a reader's own style sheet, which the site's CSP would refuse.
    test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

    for (const path of pages) {
      test(`${path}: at 320 px (400 % zoom) nothing scrolls sideways, even with WCAG 1.4.12 text spacing`, async ({
        page,
      }) => {
        await page.goto(path);
        const overflow = () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(await overflow()).toBeLessThanOrEqual(0);
        await page.addStyleTag({
          content:
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
        });
        expect(await overflow()).toBeLessThanOrEqual(0);
        // Nothing that clips its text cuts any off.
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((element) => {
              const style = getComputedStyle(element);
              return (
                /hidden|clip/.test(style.overflowX + style.overflowY) &&
                !element.matches('.sr-only, [class*="visually-hidden"]') &&
                element.getBoundingClientRect().width > 1 &&
                (element.scrollWidth > element.clientWidth + 1 ||
                  element.scrollHeight > element.clientHeight + 1)
              );
            })
            .map((element) => `${element.tagName}.${element.className}`),
        );
        expect(clipped).toEqual([]);
      });
    }
  });

  test.describe('reading any policy', () => {
    test(
      'the navigation walks every section in order, from the first to the last',
      { tag: '@base' },
      async ({ page }) => {
        await page.goto(relative(sections[0]!.path));
        for (const [i, section] of sections.entries()) {
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
          await expect(page.locator('nav[aria-label="Policy sections"] a[aria-current=page]')).toHaveText(
            section.title,
          );
          if (i < sections.length - 1) await page.locator('a[rel=next]').click();
        }
        await expect(page.locator('a[rel=next]')).toHaveCount(0);
      },
    );

    test(
      'every heading id GitHub gives in SECURITY.md, opened on the overview, lands on its heading',
      { tag: '@base' },
      async ({ page }) => {
        const ids = built.pages.find((p) => p.path === '/policy/')!.anchors.map((a) => a.id);
        for (const id of ids) {
          await page.goto(`./#${id}`);
          await expect(page).toHaveURL((url) => decodeURIComponent(url.hash) === `#${id}`);
          await expect(page.locator(`[id="${id}"]`), id).toBeInViewport();
        }
      },
    );

    test('each heading’s anchor link points at it, and the one-page policy holds every heading', async ({
      page,
    }) => {
      for (const section of sections) {
        await page.goto(relative(section.path));
        for (const anchor of section.anchors)
          await expect(page.locator(`[id="${anchor.id}"] + a.anchor`)).toHaveAttribute(
            'href',
            `#${anchor.id}`,
          );
      }
      await page.goto('policy/');
      for (const section of sections)
        for (const anchor of section.anchors)
          await expect(page.locator(`[id="${anchor.id}"]`)).toHaveCount(1);
    });
  });

  test.describe('copying any section', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
    test(
      '“Copy section” on each page copies its Markdown twin',
      { tag: '@base' },
      async ({ page, request }) => {
        for (const section of sections) {
          await page.goto(relative(section.path));
          const twin = await page.locator('link[rel=alternate][type="text/markdown"]').getAttribute('href');
          const markdown = await (await request.get(twin!)).text();
          expect(markdown.startsWith(`# ${section.title}\n`)).toBe(true);
          await page.getByRole('button', { name: `Copy as Markdown the section “${section.title}”` }).click();
          await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
        }
      },
    );
  });

  test.describe('searching any policy', () => {
    // Every title typed in one open dialog (its first result is where ↓ and Enter go), and the
    // first and last section's titles landed on for real, as a reader's keys do it.
    test(
      'each section’s title has its section as the first result',
      { tag: '@base' },
      async ({ page, baseURL }) => {
        await page.goto('./');
        await page.keyboard.press('/');
        await expect(searchDialog(page)).toBeVisible();
        const base = new URL(baseURL!).pathname;
        const answers = await searchEach(
          page,
          sections.map((section) => section.title),
        );
        expect(
          answers.map((a) => `${a.query} → /${(a.href ?? '(none)').slice(base.length).split('#')[0]}`),
        ).toEqual(sections.map((section) => `${section.title} → ${section.path}`));
      },
    );

    for (const which of ['first', 'last'] as const) {
      test(
        `the ${which} section’s title, typed, ↓ and Enter, lands on that section`,
        { tag: '@base' },
        async ({ page, baseURL }) => {
          const section = which === 'first' ? sections[0]! : sections.at(-1)!;
          await page.goto('./');
          const href = await landing(page, baseURL!, section.title);
          expect(href.split('#')[0], section.title).toBe(section.path);
        },
      );
    }

    test(
      'opening search asks for each file of the index once, all at once, and nothing it never uses',
      { tag: '@base' },
      async ({ page }) => {
        const warmUp = JSON.parse(readFileSync(join(root, dist, 'pagefind', warmUpFile), 'utf8')) as WarmUp;
        const warmed = warmUp.files;
        await page.goto('./');
        // Every request the network sees: a preload Pagefind's own request did not match would
        // show as a second request for the same file.
        const asked: string[] = [];
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname + new URL(request.url()).search;
          const bundle = path.indexOf('/pagefind/');
          if (bundle !== -1) asked.push(path.slice(bundle + '/pagefind/'.length));
        });
        await openAndSearch(page, sections[0]!.title);
        await expect.poll(() => warmed.every((file) => asked.includes(file))).toBe(true);
        await page.waitForLoadState('networkidle');
        expect(asked.filter((file, i) => asked.indexOf(file) !== i)).toEqual([]);
        expect(asked.sort()).toEqual([warmUpFile, 'pagefind.js', ...warmed].sort());
      },
    );

    test('the dialog opens with / and closes with Escape, giving focus back', async ({ page }) => {
      await page.goto(relative(sections.at(-1)!.path));
      const button = page.getByRole('button', { name: /search/i });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(searchDialog(page)).toBeVisible();
      await expect(searchDialog(page).getByRole('searchbox')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(searchDialog(page)).toBeHidden();
      await expect(button).toBeFocused();
    });
  });
}
