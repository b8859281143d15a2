import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcesses, runVariable } from '../harness/processes.mjs';
import { root } from '../helpers/astro-build';

/** `npm test -- --only unit tests/unit/paths.test.ts` (a small run), its output as it comes. */
function smallRun(env: Record<string, string | undefined> = {}) {
  const run = spawn(process.execPath, ['scripts/test.mjs', '--only', 'unit', 'tests/unit/paths.test.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const state = { output: '' };
  run.stdout.on('data', (chunk) => (state.output += chunk));
  run.stderr.on('data', (chunk) => (state.output += chunk));
  const exited = new Promise<number | null>((resolve) => run.on('close', resolve));
  return { run, state, exited };
}

describe('npm test, interrupted', () => {
  it('stops every process it started and removes its temporary folder (SIGINT, as Ctrl-C sends)', async () => {
    const { run, state, exited } = smallRun();
    try {
      // Once vitest is running: the run's id and folder are on its first line.
      await expect.poll(() => state.output, { timeout: 60_000 }).toMatch(/\$ vitest run/);
      const [, id, dir] = /Test run (\S+); temporary files in (\S+)\./.exec(state.output)!;
      // "$ vitest run" is printed just before vitest starts: wait until the run has a process.
      await expect.poll(() => runProcesses(id!).length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
      run.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(state.output).toContain('interrupted by SIGINT: 0 passed, 1 failed');
      expect(runProcesses(id!)).toEqual([]);
      expect(existsSync(dir!), `${dir} left behind`).toBe(false);
    } finally {
      run.kill('SIGKILL');
    }
  });
});

describe('npm test, twice in one checkout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a second run stops at once, naming the run that holds the checkout', async () => {
    // A lock held by a live run (this test's own process stands in for it): a second run must
    // stop before it builds anything, whatever the first is doing by then.
    const env = { [runVariable]: undefined, POLICY_TEST_LOCK: join(dir, 'held.json') };
    writeFileSync(env.POLICY_TEST_LOCK, JSON.stringify({ pid: process.pid, runId: 'held-by-test' }));
    const second = smallRun(env);
    expect(await second.exited, second.state.output).toBe(1);
    expect(second.state.output).toContain(
      `Another npm test is running in this folder (process ${process.pid}, run held-by-test`,
    );
    expect(second.state.output).toContain('0 passed, 1 failed');
    expect(existsSync(env.POLICY_TEST_LOCK), 'the holder’s lock taken away').toBe(true);
  });

  it('a run takes the lock, passes, and gives it back; a lock whose run is gone is taken over', async () => {
    const env = { [runVariable]: undefined, POLICY_TEST_LOCK: join(dir, 'stale.json') };
    // As a run killed with SIGKILL leaves it: its process no longer exists.
    writeFileSync(env.POLICY_TEST_LOCK, JSON.stringify({ pid: 2 ** 22 + 1, runId: 'gone' }));
    const run = smallRun(env);
    try {
      await expect.poll(() => run.state.output, { timeout: 60_000 }).toMatch(/\$ vitest run/);
      expect(JSON.parse(readFileSync(env.POLICY_TEST_LOCK, 'utf8')).pid).toBe(run.run.pid);
      expect(await run.exited, run.state.output).toBe(0);
      expect(existsSync(env.POLICY_TEST_LOCK), 'the lock left behind').toBe(false);
    } finally {
      run.run.kill('SIGKILL');
    }
  });
});
