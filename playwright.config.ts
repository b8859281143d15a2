import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';
import { deployment } from './src/config';

const port = Number(process.env.E2E_PORT ?? 4329);
const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: ensureChromium(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The built site (`npm run build` runs first), served as a static host would.
  webServer: {
    command: `node scripts/serve.mjs --dir ${process.env.DIST_DIR ?? 'dist'} --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
  },
});
