// Which tests apply to this site. Most derive what they expect from the content they build, and
// run for any policy. Those under a `keras/` folder check the Keras policy itself (its text, its
// headings, its search queries) and this repository's settings: they run while the site
// publishes that policy, and a fork that publishes its own leaves them out (npm test says so).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { project } from '../src/config.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const kerasSections = [
  'untrusted-inputs',
  'data-privacy',
  'untrusted-environments',
  'multi-tenant',
  'reporting',
];

/** Whether the site publishes the Keras policy, as this repository configures it. */
export const kerasSite =
  // A string, not the configured literal: a fork's name is another (and type-checks).
  (project.name as string) === 'Keras' &&
  kerasSections.every((slug) =>
    existsSync(resolve(import.meta.dirname, '..', contentDir, 'policy', `${slug}.mdx`)),
  );

/** The tests that apply only then. */
export const kerasOnlyTests = '**/keras/**';
