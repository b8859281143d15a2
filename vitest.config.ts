import { configDefaults, defineConfig } from 'vitest/config';
import { kerasOnlyTests, kerasSite } from './tests/keras-site.ts';

// Tests of the Keras policy itself (under keras/ folders) run only while the site publishes it.
const exclude = kerasSite ? configDefaults.exclude : [...configDefaults.exclude, kerasOnlyTests];

export default defineConfig({
  test: {
    projects: [
      // Some unit tests import a 30 KB SECURITY.md or start `npm run import`: seconds on a busy machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude, testTimeout: 30_000 } },
      // Build-output tests (tests/build-output/) read the build in DIST_DIR (dist/ unless set; `npm test` builds it first).
      { test: { name: 'build', include: ['tests/build-output/**/*.test.ts'], exclude } },
      // Real Astro builds of fixture content, and the check-links command against dist/.
      {
        test: {
          name: 'fixtures',
          include: ['tests/fixture-builds/**/*.test.ts'],
          exclude,
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
