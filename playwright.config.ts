import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, requireChromium } from './tests/harness/chromium.mjs';
import { freePorts } from './tests/harness/free-ports.mjs';
import { deployment } from './src/config';
import { kerasOnlyTests, kerasSite } from './tests/keras-site';
import { renamedBase } from './tests/renamed-build';

const slash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

// Ports taken once per run, from the system: the workers read the same ones from the
// environment, and two runs on one machine never collide. The fifth is the dev server's
// (tests/e2e/dev-search.spec.ts).
process.env.POLICY_TEST_PORTS ??= freePorts(6).join(',');
const ports = process.env.POLICY_TEST_PORTS.split(',').map(Number);

/**
 * The builds under test, each served as a static host would (`npm test` builds them all):
 * the site as configured (under `/keras/`) by nginx with the build's own server configuration,
 * the same site deeper under `/keras/security/`, and a fixture whose page and heading were
 * renamed, under a base of nginx's pattern characters (tests/renamed-build.ts), both by a plain
 * static server (tests/harness/serve.mjs) as on GitHub Pages; the fixture by nginx too. The second
 * policy is served at a domain root.
 */
const builds: {
  name: string;
  dir: string;
  base: string;
  port: number;
  specs: string | string[];
  server?: 'nginx';
  /** Only the tests tagged so (`{ tag: '@base' }`). */
  grep?: RegExp;
}[] = [
  {
    name: 'chromium',
    dir: process.env.DIST_DIR ?? 'dist',
    base: slash(deployment.base),
    port: ports[0]!,
    specs: '**/*.spec.ts',
    server: 'nginx',
  },
  // A second, very different policy (tests/fixtures/second-policy): the tests for any policy.
  {
    name: 'second',
    dir: 'dist-second',
    base: '/',
    port: ports[5]!,
    specs: ['second-policy.spec.ts', 'search-generated.spec.ts'],
  },
  {
    name: 'subpath',
    dir: 'dist-subpath',
    base: '/keras/security/',
    port: ports[1]!,
    // The Keras policy's own reading, search and link tests; another policy's tests for any policy.
    specs: kerasSite
      ? ['**/keras/reading.spec.ts', '**/keras/search*.spec.ts', '**/keras/links.spec.ts']
      : 'any-policy.spec.ts',
    // Of those, the ones whose result depends on the base path (links, landings, addresses a
    // reader copies), tagged `@base`: the rest read the same markup as under `/keras/`.
    grep: /@base/,
  },
  {
    name: 'renamed',
    dir: 'dist-renamed',
    base: renamedBase,
    port: ports[2]!,
    specs: '**/keras/renamed.spec.ts',
  },
  // The same fixture under nginx, whose redirects answer before the forwarding pages.
  {
    name: 'renamed-nginx',
    dir: 'dist-renamed',
    base: renamedBase,
    port: ports[3]!,
    specs: '**/keras/renamed.spec.ts',
    server: 'nginx',
  },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // Chromium is found, never installed here: `npm test` installs what is missing before any test.
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath: requireChromium(), args: chromiumArgs },
  },
  projects: builds.map(({ name, base, port, specs, grep }) => ({
    name,
    testMatch: specs,
    ...(grep ? { grep } : {}),
    testIgnore: [
      ...(name === 'chromium'
        ? ['**/keras/renamed.spec.ts', '**/second-policy.spec.ts']
        : ['**/headers.spec.ts']),
      // Tests of the Keras policy itself run only while the site publishes it (tests/keras-site.ts).
      ...(kerasSite ? [] : [kerasOnlyTests]),
    ],
    use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}${base}` },
  })),
  webServer: builds.map(({ dir, base, port, server }) => ({
    command: `node tests/harness/${server === 'nginx' ? 'nginx' : 'serve'}.mjs --dir ${dir} --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    // Asked to stop rather than killed, so nginx's throwaway folder is removed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
  })),
});
