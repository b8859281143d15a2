import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

  it('the second stops at once, naming the first, which goes on to pass; the lock goes with the first', async () => {
    // Two runs of their own (not inside this one), sharing a lock file of their own.
    const env = { [runVariable]: undefined, POLICY_TEST_LOCK: join(dir, 'lock.json') };
    const first = smallRun(env);
    try {
      await expect.poll(() => existsSync(env.POLICY_TEST_LOCK), { timeout: 30_000, interval: 50 }).toBe(true);
      const second = smallRun(env);
      expect(await second.exited).toBe(1);
      expect(second.state.output).toContain(
        `Another npm test is running in this folder (process ${first.run.pid}, run `,
      );
      expect(second.state.output).toContain('0 passed, 1 failed');
      expect(await first.exited, first.state.output).toBe(0);
      expect(existsSync(env.POLICY_TEST_LOCK), 'the lock left behind').toBe(false);
    } finally {
      first.run.kill('SIGKILL');
    }
  });
});
