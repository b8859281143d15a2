// How `npm test` runs a stage and counts it: a command that passes or fails whole, or a Vitest
// or Playwright suite whose JSON report gives its tests' counts. A suite that cannot run counts
// as failed, never as skipped; a skipped, todo or focused test fails the run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seconds } from './tally.mjs';

/** The stages of `testRun` (see test-run.mjs). */
export function stages(testRun) {
  const { env, reports, tally, children } = testRun;

  /**
   * Runs one stage in a process group of its own (so it can be stopped whole), resolving to its
   * exit status. `quiet` keeps its output until it ends, for stages that run beside others.
   */
  function run(label, command, args, { extraEnv = {}, quiet = false } = {}) {
    const shown = `$ ${command} ${args.join(' ')}`;
    // Interrupted: start nothing more.
    if (testRun.stopping) return Promise.resolve(1);
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
        tally.time(label, took);
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

  /** A command that is one check: it passes or fails as a whole. */
  async function check(suite, command, args, options) {
    const ok = (await run(suite, command, args, options)) === 0;
    tally.count(suite, ok ? 1 : 0, ok ? 0 : 1);
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
    if (!existsSync(file)) return tally.count(label, 0, 1);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    tally.count(label, report.numPassedTests, failed);
    // A skipped or todo test checks nothing while looking like part of the suite.
    const skipped = report.numPendingTests + report.numTodoTests;
    if (skipped > 0) tally.count(`${label} skipped or todo (not allowed)`, 0, skipped);
  }

  async function playwright(extraArgs = [], label = 'browser tests', name = 'e2e') {
    // The dev-search test's copy of the content, if it died.
    testRun.removeAtEnd('.tmp-dev-search-content');
    const file = join(reports, `${name}.json`);
    const status = await run(label, 'playwright', ['test', '--reporter=list,json', ...extraArgs], {
      extraEnv: { PLAYWRIGHT_JSON_OUTPUT_FILE: file },
    });
    if (!existsSync(file)) return tally.count(label, 0, 1);
    const { stats } = JSON.parse(readFileSync(file, 'utf8'));
    const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
    tally.count(label, stats.expected, failed);
    if (stats.skipped > 0) tally.count(`${label} skipped (not allowed)`, 0, stats.skipped);
  }

  return { run, check, vitest, playwright };
}
