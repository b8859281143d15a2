import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { requirePdftotext } from '../../harness/pdftotext.mjs';
import { openAndSearch } from '../helpers/search';
import { expect, test } from '../helpers/test';

// Accessibility of the built site in Chromium: axe-core's WCAG 2.2 A/AA rules and best
// practices on every page, in both colour schemes, on a phone and a desktop; the keyboard;
// reflow at 320 px; text spacing; reduced motion; forced colours; print.

// axe on every page in both schemes and widths, and reflow at 320 px with text spacing, are in
// suites/any-policy.ts: they hold for any policy (any-policy.spec.ts, second-policy.spec.ts).

test.describe('keyboard', () => {
  // The skip link (first stop, visible, into the main content) is in reading.spec.ts ('skip link
  // first…'); "/" and Escape giving focus back in helpers/any-policy.ts, for any policy.

  test('every stop is visible-focused, in reading order, and Tab leaves the page (no trap)', async ({
    page,
  }) => {
    await page.goto('multi-tenant/');
    const seen: { top: number; name: string }[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          name: `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`,
          top: box.top + window.scrollY,
          visible: box.width > 0 && box.height > 0,
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!stop) break;
      expect(stop.visible, `${stop.name} is visible`).toBe(true);
      expect(stop.outlined, `${stop.name} shows focus`).toBe(true);
      seen.push(stop);
    }
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length, 'Tab reached the end of the page').toBeLessThan(80);
    const names = seen.map((stop) => stop.name);
    // Header before navigation before the text before the page footer.
    const order = ['Skip to', 'Search', 'Report', 'Overview', 'Tenant Isolation', 'Edit this page'].map(
      (label) => names.findIndex((name) => name.includes(label)),
    );
    expect(
      order.every((index) => index >= 0),
      names.join(' | '),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

test.describe('preferences', () => {
  test('reduced motion: nothing moves, search included', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await openAndSearch(page, 'sandbox');
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          return (
            (style.animationName !== 'none' && parseFloat(style.animationDuration) > 0) ||
            parseFloat(style.transitionDuration) > 0 ||
            style.scrollBehavior === 'smooth'
          );
        })
        .map((element) => element.tagName),
    );
    expect(moving).toEqual([]);
  });

  test('forced colours: buttons keep their edges and focus stays visible', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('reporting/');
    for (const name of [/search/i, /report a vulnerability/i]) {
      const control = page
        .getByRole('banner')
        .getByRole(/search/i.test(String(name)) ? 'button' : 'link', { name });
      const border = await control.evaluate((element) => getComputedStyle(element).borderTopStyle);
      expect(border, String(name)).not.toBe('none');
    }
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('print', () => {
  test('the whole policy prints without navigation or buttons, with link targets, on a few pages', async ({
    page,
  }, testInfo) => {
    await page.goto('policy/');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll(
            'nav, button, header.site-header, .site-nav, .toc, .edit, .report, [data-print="hide"]',
          ),
        ].filter((element) => (element as HTMLElement).offsetParent !== null).length,
    );
    expect(shown).toBe(0);
    const target = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(target).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https?:/);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const file = testInfo.outputPath('policy.pdf');
    writeFileSync(file, pdf);
    // The PDF's text as a reader would copy it (pdftotext), one form feed after each page.
    const text = execFileSync(requirePdftotext(), ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((sheet) => sheet.trim() !== '').length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    expect(text).toContain('Security Policy');
    expect(text).toContain('Model Sharing');
    // The link target is written out after its text (it may wrap across lines).
    expect(text).toMatch(/fuzzing for prompt injection \(https:\/\/github\.com\/FonduAI\/awesome/);
    for (const chrome of ['Copy link', 'Skip to', 'Edit this page', 'On this page'])
      expect(text, chrome).not.toContain(chrome);
  });
});
