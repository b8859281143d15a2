// One `npm test` run from start to end: it takes the checkout's lock, gives every process it
// starts POLICY_TEST_RUN in its environment and every temporary file one folder (TMPDIR), and
// when it ends, fails or is interrupted (Ctrl-C, CI's time limit) stops whatever is still
// running, removes the folder and prints the summary.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kerasSite } from '../keras-site.ts';
import { releaseCheckoutLock, takeCheckoutLock } from './checkout-lock.mjs';
import { runProcesses, runVariable, stopProcesses, stopWithParent } from './processes.mjs';
import { createTally } from './tally.mjs';

/**
 * Starts the run: exits at once (`0 passed, 1 failed`) if another holds this checkout. The run's
 * `env` is the environment of every stage; stages add their processes to `children`, so that
 * an interrupt reaches them.
 */
export function startRun() {
  const started = performance.now();
  const runId = `${process.pid}-${Date.now().toString(36)}`;

  // One run at a time in this checkout (checkout-lock.mjs); a run that this suite starts to
  // test itself (POLICY_TEST_RUN set: the interrupt test) runs inside its parent's.
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
  const tally = createTally(started);
  const children = new Set();
  // Folders in the checkout that a stage may leave behind if it dies.
  const leftovers = new Set();
  let stopping = false;

  /** Stops whatever the run left running and removes its temporary files; returns what was left. */
  async function cleanUp() {
    let left = runProcesses(runId);
    if (left.length > 0) {
      // A server between being asked to stop and stopping: give it a moment first.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      left = runProcesses(runId);
      await stopProcesses(left);
    }
    rmSync(runDir, { recursive: true, force: true });
    for (const folder of leftovers) rmSync(folder, { recursive: true, force: true });
    releaseCheckoutLock(lockFile, runId);
    return left;
  }

  function summary() {
    if (!kerasSite) {
      // Not a skip: those tests check the Keras policy's own text, which this site does not publish.
      tally.note(
        'tests of the Keras policy itself (tests/**/keras/): not applicable, content/ holds another policy',
      );
    }
    tally.print();
  }

  // Ctrl-C reaches only this process's group, a CI's time limit only this process: pass it on
  // to every stage's group, then stop what is left and remove the temporary files.
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
    tally.count(`interrupted by ${signal}`, 0, 1);
    summary();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  // Output to a terminal or pipe that has gone must not stop the clean-up.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  // `npm test` runs this through a shell, which passes no signal on: when npm's time limit or a
  // CI's kills the shell, this process is left without a parent, and stops as if told to.
  stopWithParent(() => stop('SIGTERM'));

  return {
    runId,
    runDir,
    reports,
    env,
    tally,
    children,
    /** Whether the run is being interrupted: no stage starts then. */
    get stopping() {
      return stopping;
    },
    /** Removes `folder` (in the checkout) when the run ends. */
    removeAtEnd(folder) {
      leftovers.add(folder);
    },
    /** Ends the run: cleans up, counts any process left running, prints the summary, exits. */
    async end() {
      // Interrupted: stop() ends the run once everything is stopped.
      if (stopping) await new Promise(() => {});
      const left = await cleanUp();
      if (left.length > 0)
        tally.count(
          `processes the tests left running (stopped now): ${left.map((p) => `${p.pid} ${p.command.slice(0, 80)}`).join('; ')}`,
          0,
          1,
        );
      summary();
      process.exit(tally.totals.failed === 0 ? 0 : 1);
    },
  };
}
