import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, guarding every test against the two things this site promises never to
 * do: make a request to another origin, or have the browser refuse something under its
 * Content-Security-Policy (header or `<meta>`). Either fails the test that caused it.
 */
export const test = base.extend<{ siteGuard: void }>({
  siteGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const offsite: string[] = [];
      const violations: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== origin) offsite.push(request.url());
      });
      page.on('console', (message) => {
        if (/content security policy|securitypolicyviolation/i.test(message.text()))
          violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
      await use();
      expect(offsite, 'requests to other origins').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
