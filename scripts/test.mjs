// `npm test`: every suite, in the order a failure is cheapest to find, then one line that sums
// them all: `N passed, N failed`. Suites: formatting, type check, unit, build, build output,
// fixture builds, browser (Chromium). A suite that cannot run counts as failed, never as skipped.
//
// First the programs the suite needs from the system (Chromium, nginx, pdftotext) are found or
// installed, one line each, before any timed test. Each stage prints how long it took.
// (Builds run one at a time: two builds of one project share its .astro/ folder.) This file is
// the order of the stages; tests/harness/test-run.mjs is the run itself (its lock, temporary
// folder, clean-up and interrupts), stages.mjs how a stage runs and is counted, tally.mjs the
// counts and the summary.
//
// `node scripts/test.mjs --only browser [playwright arguments]` runs one stage (also: unit,
// build-output, fixtures), against builds already made.
import { spawn } from 'node:child_process';
import { renamedBase } from '../tests/renamed-build.ts';
import { stages } from '../tests/harness/stages.mjs';
import { systemPackages } from '../tests/harness/system-packages.mjs';
import { startRun } from '../tests/harness/test-run.mjs';

const testRun = startRun();
const { env, runId, runDir } = testRun;
const count = testRun.tally.count;
const { check, vitest, playwright } = stages(testRun);

async function main(only, extraArgs) {
  console.log(`Test run ${runId}; temporary files in ${runDir}.\n\nFrom the system:`);
  const system = systemPackages();
  if (system.missing.length > 0) {
    for (const line of system.missing) console.log(line);
    count('programs the tests need (see above: install them, then run again)', 0, 1);
    return;
  }
  Object.assign(env, system.env);

  const subpath = { SITE_BASE: '/keras/security/', DIST_DIR: 'dist-subpath' };
  // A second policy, written to be unlike Keras's (tables, a PGP key, deep headings, German): the
  // tests for any policy run on it; those for the Keras text alone (tests/**/keras/) do not.
  // CONTENT_DIR names the fixture, so the tests of the Keras text leave themselves out.
  const second = { SITE_BASE: '/', CONTENT_DIR: 'tests/fixtures/second-policy/content' };
  const buildOutput = () =>
    Promise.all([
      vitest('build'),
      vitest('build', subpath, 'build tests under /keras/security/', [], true),
      vitest('build', { ...second, DIST_DIR: 'dist-second' }, 'build tests on the second policy', [], true),
    ]);
  if (only === 'unit') return vitest('unit', {}, 'unit tests', extraArgs);
  if (only === 'build-output') return buildOutput();
  if (only === 'fixtures') return vitest('fixtures', {}, 'fixtures tests', extraArgs);
  if (only === 'browser') return playwright(extraArgs);
  if (only) return count(`--only ${only}: no such stage (unit, build-output, fixtures, browser)`, 0, 1);

  // The cheap checks side by side: formatting and the type check wait on files, the unit tests on CPU.
  await Promise.all([
    check('formatting (prettier)', 'prettier', ['--check', '.', '--log-level', 'warn'], { quiet: true }),
    check('type check (astro check)', 'astro', ['check'], { quiet: true }),
    vitest('unit'),
  ]);

  // dist/ as the Pages workflow publishes it (its SOURCE_DATE_EPOCH): the tests check what ships,
  // and the reproducibility test builds it once more to compare.
  const epoch = await new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, ['scripts/publish-epoch.ts'], { env });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => resolve(out.trim()));
  });
  env.DIST_SOURCE_DATE_EPOCH = epoch;
  const built = await check('build (astro build)', 'astro', ['build'], {
    extraEnv: { SOURCE_DATE_EPOCH: epoch },
  });
  if (!built) return count('build-output and browser tests (not run: the build failed)', 0, 1);
  // The same site deeper under a sub-path, a fixture with a renamed page and heading under a base
  // of nginx's pattern characters (tests/renamed-build.ts), and the second policy: the
  // build-output, fixture and browser tests run against them too.
  // One after another: builds of one project share its .astro/ folder (the content modules).
  const results = [
    await check('build under /keras/security/', 'astro', ['build', '--outDir', 'dist-subpath'], {
      extraEnv: { SITE_BASE: subpath.SITE_BASE },
    }),
    await check('build of the renamed fixture', 'astro', ['build', '--outDir', 'dist-renamed'], {
      extraEnv: { SITE_BASE: renamedBase, CONTENT_DIR: 'tests/fixtures/anchors/renamed' },
    }),
    await check('build of the second policy', 'astro', ['build', '--outDir', 'dist-second'], {
      extraEnv: second,
    }),
  ];
  if (results.includes(false)) return count('build-output and browser tests (not run: a build failed)', 0, 1);
  await buildOutput();
  // The fixture builds, then the browser tests, then the test of `astro dev`: one after another.
  // Side by side they took longer than in turn (217 s and 393 s together, against 74 s and 240 s
  // alone on a busier machine): both keep the two cores busy, and a browser test's waits stretch
  // when a build takes its core. A dev server's first start beside a stream of builds took over
  // its timeout, where alone it takes seconds.
  await vitest('fixtures', {}, 'fixtures tests');
  await playwright(['--grep-invert', devServerTag]);
  await playwright(['--grep', devServerTag], 'browser test of astro dev', 'e2e-dev');
}

/** The tag of the browser tests that start `astro dev` (tests/e2e/keras/dev-search.spec.ts). */
const devServerTag = '@dev-server';

const [only, ...extraArgs] = process.argv[2] === '--only' ? process.argv.slice(3) : [];
await main(only, extraArgs);
await testRun.end();
