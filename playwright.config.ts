import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';
import { deployment } from './src/config';

const slash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/**
 * Two builds, each served as a static host would: the site as configured (under the sub-path
 * `/keras/`) from dist/, and the same site at a domain root from dist-root/ (`npm test` builds
 * both), so nothing may assume either.
 */
const builds = [
  { name: 'chromium', dir: process.env.DIST_DIR ?? 'dist', base: slash(deployment.base), port: 4329 },
  { name: 'root', dir: 'dist-root', base: '/', port: 4330 },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath: ensureChromium(), args: chromiumArgs },
  },
  projects: builds.map(({ name, base, port }) => ({
    name,
    // The root build runs the suites where paths matter; the rest do not depend on the base.
    testMatch: name === 'root' ? ['reading.spec.ts', 'search.spec.ts'] : '*.spec.ts',
    use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}${base}` },
  })),
  webServer: builds.map(({ dir, base, port }) => ({
    command: `node scripts/serve.mjs --dir ${dir} --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
  })),
});
