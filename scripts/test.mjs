// `npm test`: every suite, in the order a failure is cheapest to find, then one line that sums
// them all: `N passed, N failed`. Suites: formatting, type check, unit, build, build output,
// fixture builds, browser (Chromium). A suite that cannot run counts as failed, never as skipped.
//
// First the programs the suite needs from the system (Chromium, nginx, pdftotext) are found or
// installed, one line each, before any timed test. Each stage prints how long it took.
// (Builds run one at a time: two builds of one project share its .astro/ folder.) Every
// process the run starts carries POLICY_TEST_RUN in its environment and every temporary file is
// in one folder (TMPDIR): when the run ends, fails or is interrupted (Ctrl-C, CI's time limit),
// whatever is still running is stopped and the folder removed.
//
// `node scripts/test.mjs --only browser [playwright arguments]` runs one stage (also: unit,
// build-output, fixtures), against builds already made.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kerasSite } from '../tests/keras-site.ts';
import { renamedBase } from '../tests/renamed-build.ts';
import { runProcesses, runVariable, stopProcesses, stopWithParent } from '../tests/harness/processes.mjs';
import { systemPackages } from '../tests/harness/system-packages.mjs';
import { releaseCheckoutLock, takeCheckoutLock } from '../tests/harness/checkout-lock.mjs';

const started = performance.now();
const runId = `${process.pid}-${Date.now().toString(36)}`;

// One run at a time in this checkout (tests/harness/checkout-lock.mjs); a run that this suite
// starts to test itself (POLICY_TEST_RUN set: the interrupt test) runs inside its parent's.
const lockFile = process.env.POLICY_TEST_LOCK ?? 'node_modules/.cache/npm-test-run.json';
const nested = Boolean(process.env[runVariable]);
const holder = nested ? undefined : takeCheckoutLock(lockFile, runId);
if (holder) {
  console.log(
    `Another npm test is running in this folder (process ${holder.pid}, run ${holder.runId}): it builds into the same dist*/ folders. Wait for it to end, or run this one from another clone.`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// Readable by nginx's unprivileged workers, which serve copies of the builds from inside it.
const runDir = mkdtempSync(join(tmpdir(), 'policy-tests-'));
chmodSync(runDir, 0o755);
const reports = mkdtempSync(join(runDir, 'reports-'));
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
  [runVariable]: runId,
  TMPDIR: runDir,
};
const totals = { passed: 0, failed: 0 };
const lines = [];
const times = [];
const children = new Set();

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs one stage in a process group of its own (so it can be stopped whole), resolving to its
 * exit status. `quiet` keeps its output until it ends, for stages that run beside others.
 */
function run(label, command, args, { extraEnv = {}, quiet = false } = {}) {
  const shown = `$ ${command} ${args.join(' ')}`;
  // Interrupted: start nothing more.
  if (stopping) return Promise.resolve(1);
  if (!quiet) console.log(`\n${shown}`);
  const start = performance.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, {
      env: { ...env, ...extraEnv },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      detached: true,
    });
    children.add(child);
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    let done = false;
    const finish = (status) => {
      if (done) return;
      done = true;
      children.delete(child);
      const took = performance.now() - start;
      times.push(`${seconds(took).padStart(8)}  ${label}`);
      if (quiet) console.log(`\n${shown}\n${output.trimEnd()}`);
      console.log(`(${label}: ${seconds(took)})`);
      resolve(status);
    };
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

function count(suite, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${suite}: ${passed} passed, ${failed} failed`);
}

/** A command that is one check: it passes or fails as a whole. */
async function check(suite, command, args, options) {
  const ok = (await run(suite, command, args, options)) === 0;
  count(suite, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

async function vitest(project, extraEnv = {}, label = `${project} tests`, extraArgs = [], quiet = false) {
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
  const status = await run(label, 'vitest', args, { extraEnv, quiet });
  if (!existsSync(file)) return count(label, 0, 1);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  count(label, report.numPassedTests, failed);
  // A skipped or todo test checks nothing while looking like part of the suite.
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) count(`${label} skipped or todo (not allowed)`, 0, skipped);
}

let browserRan = false;
async function playwright(extraArgs = [], label = 'browser tests', name = 'e2e') {
  browserRan = true;
  const file = join(reports, `${name}.json`);
  const status = await run(label, 'playwright', ['test', '--reporter=list,json', ...extraArgs], {
    extraEnv: { PLAYWRIGHT_JSON_OUTPUT_FILE: file },
  });
  if (!existsSync(file)) return count(label, 0, 1);
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  count(label, stats.expected, failed);
  if (stats.skipped > 0) count(`${label} skipped (not allowed)`, 0, stats.skipped);
}

/** Stops whatever the run left running and removes its temporary folder; returns what was left. */
async function cleanUp() {
  let left = runProcesses(runId);
  if (left.length > 0) {
    // A server between being asked to stop and stopping: give it a moment first.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    left = runProcesses(runId);
    await stopProcesses(left);
  }
  rmSync(runDir, { recursive: true, force: true });
  // The dev-search test's copy of the content, if it died.
  if (browserRan) rmSync('.tmp-dev-search-content', { recursive: true, force: true });
  releaseCheckoutLock(lockFile, runId);
  return left;
}

function summary() {
  if (!kerasSite) {
    // Not a skip: those tests check the Keras policy's own text, which this site does not publish.
    lines.push(
      'tests of the Keras policy itself (tests/**/keras/): not applicable, content/ holds another policy',
    );
  }
  console.log(
    `\nTime per stage:\n${times.join('\n')}\n${seconds(performance.now() - started).padStart(8)}  in all`,
  );
  console.log(`\n${lines.join('\n')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
}

// Ctrl-C reaches only this process's group, a CI's time limit only this process: pass it on to
// every stage's group, then stop what is left and remove the temporary files.
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping every stage…`);
  for (const child of children) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // its group is gone already
    }
  }
  const deadline = Date.now() + 5000;
  while (children.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await cleanUp();
  count(`interrupted by ${signal}`, 0, 1);
  summary();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// Output to a terminal or pipe that has gone must not stop the clean-up.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
// `npm test` runs this through a shell, which passes no signal on: when npm's time limit or a
// CI's kills the shell, this process is left without a parent, and stops as if told to.
stopWithParent(() => stop('SIGTERM'));

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
// Interrupted: stop() ends the run once everything is stopped.
if (stopping) await new Promise(() => {});
const left = await cleanUp();
if (left.length > 0)
  count(
    `processes the tests left running (stopped now): ${left.map((p) => `${p.pid} ${p.command.slice(0, 80)}`).join('; ')}`,
    0,
    1,
  );
summary();
process.exit(totals.failed === 0 ? 0 : 1);
