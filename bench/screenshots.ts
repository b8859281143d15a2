// `npm run screenshots`: the home page and a section page, light and dark, on a desktop and a
// phone, rendered by Playwright's Chromium from a fresh build into docs/screenshots/ (the README
// shows them).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deployment } from '../src/config.ts';
import { build, launch, publishEpochNow, root, scratch, serve } from './harness.ts';

const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;
const out = join(root, 'docs/screenshots');
const pages = { home: '', section: 'multi-tenant/' };
const devices = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

const dir = join(scratch, 'screenshots-site');
build(dir, { SOURCE_DATE_EPOCH: publishEpochNow });
const server = await serve(dir, base, 4351);
const browser = await launch();
mkdirSync(out, { recursive: true });
try {
  for (const [deviceName, device] of Object.entries(devices)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...device, colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const [pageName, path] of Object.entries(pages)) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        const file = join(out, `${pageName}-${colorScheme}-${deviceName}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
