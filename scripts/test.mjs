// `npm test`: every suite, in the order a failure is cheapest to find, then one line that sums
// them all: `N passed, N failed`. Suites: formatting, type check, unit, build, build output,
// browser (Chromium). A suite that cannot run counts as failed, never as skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kerasSite } from '../tests/keras-site.ts';

const reports = mkdtempSync(join(tmpdir(), 'policy-tests-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const totals = { passed: 0, failed: 0 };
const lines = [];

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function count(suite, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${suite}: ${passed} passed, ${failed} failed`);
}

/** A command that is one check: it passes or fails as a whole. */
function check(suite, command, args, extraEnv = {}) {
  const ok = run(command, args, extraEnv) === 0;
  count(suite, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

function vitest(project, extraEnv = {}, label = `${project} tests`, extraArgs = []) {
  const file = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const args = [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
    // A focused test (`.only`) would silently skip the rest: refuse it here as in CI.
    '--allowOnly=false',
    ...extraArgs,
  ];
  const status = run('vitest', args, extraEnv);
  if (!existsSync(file)) return count(label, 0, 1);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  count(label, report.numPassedTests, failed);
  // A skipped or todo test checks nothing while looking like part of the suite.
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) count(`${label} skipped or todo (not allowed)`, 0, skipped);
}

function playwright() {
  const file = join(reports, 'e2e.json');
  const status = run('playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: file });
  if (!existsSync(file)) return count('browser tests', 0, 1);
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  count('browser tests', stats.expected, failed);
  if (stats.skipped > 0) count('browser tests skipped (not allowed)', 0, stats.skipped);
}

check('formatting (prettier)', 'prettier', ['--check', '.', '--log-level', 'warn']);
check('type check (astro check)', 'astro', ['check']);
vitest('unit');
const built = check('build (astro build)', 'astro', ['build']);
// The same site deeper under a sub-path, and a fixture with a renamed page and heading at the
// domain root: the build-output and browser tests run against them too.
const subpath = { SITE_BASE: '/keras/security/' };
const builtDeeper =
  built && check('build under /keras/security/', 'astro', ['build', '--outDir', 'dist-subpath'], subpath);
const builtRenamed =
  built &&
  check('build of the renamed fixture', 'astro', ['build', '--outDir', 'dist-renamed'], {
    SITE_BASE: '/',
    CONTENT_DIR: 'tests/fixtures/anchors/renamed',
  });
// A second policy, written to be unlike Keras's (tables, a PGP key, deep headings, German): the
// tests for any policy run on it; those for the Keras text alone (tests/build/keras/) do not.
const second = { SITE_BASE: '/', CONTENT_DIR: 'tests/fixtures/second-policy/content' };
const builtSecond =
  built && check('build of the second policy', 'astro', ['build', '--outDir', 'dist-second'], second);
if (built && builtDeeper && builtRenamed && builtSecond) {
  vitest('build');
  vitest('build', { ...subpath, DIST_DIR: 'dist-subpath' }, 'build tests under /keras/security/');
  // CONTENT_DIR names the fixture, so the tests of the Keras text leave themselves out.
  vitest('build', { ...second, DIST_DIR: 'dist-second' }, 'build tests on the second policy');
  vitest('fixtures');
  playwright();
} else {
  count('build-output and browser tests (not run: a build failed)', 0, 1);
}

// Leave nothing behind: the reports, and the dev-search test's copy of the content if it died.
rmSync(reports, { recursive: true, force: true });
rmSync('.tmp-dev-search-content', { recursive: true, force: true });

if (!kerasSite) {
  // Not a skip: those tests check the Keras policy's own text, which this site does not publish.
  lines.push(
    'tests of the Keras policy itself (tests/**/keras/): not applicable, content/ holds another policy',
  );
}
console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
