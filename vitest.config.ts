import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Build-output tests read the build in DIST_DIR (dist/ unless set; `npm test` builds it first).
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      // Real Astro builds of fixture content, and the check-links command against dist/.
      {
        test: {
          name: 'fixtures',
          include: ['tests/fixture-builds/**/*.test.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
