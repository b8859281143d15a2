import { configDefaults, defineConfig } from 'vitest/config';
import { kerasOnlyTests, kerasSite } from './tests/keras-site';

// Tests of the Keras policy itself (under keras/ folders) run only while the site publishes it.
const exclude = kerasSite ? configDefaults.exclude : [...configDefaults.exclude, kerasOnlyTests];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude } },
      // Build-output tests read the build in DIST_DIR (dist/ unless set; `npm test` builds it first).
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], exclude } },
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
