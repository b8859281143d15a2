import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcesses } from '../harness/processes.mjs';
import { root } from '../helpers/astro-build';

describe('npm test, interrupted', () => {
  it('stops every process it started and removes its temporary folder (SIGINT, as Ctrl-C sends)', async () => {
    // A small run: one stage, one test file.
    const run = spawn(process.execPath, ['scripts/test.mjs', '--only', 'unit', 'tests/unit/paths.test.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    run.stdout.on('data', (chunk) => (output += chunk));
    run.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => run.on('close', resolve));
    try {
      // Once vitest is running: the run's id and folder are on its first line.
      await expect.poll(() => output, { timeout: 60_000 }).toMatch(/\$ vitest run/);
      const [, id, dir] = /Test run (\S+); temporary files in (\S+)\./.exec(output)!;
      // "$ vitest run" is printed just before vitest starts: wait until the run has a process.
      await expect.poll(() => runProcesses(id!).length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
      run.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(output).toContain('interrupted by SIGINT: 0 passed, 1 failed');
      expect(runProcesses(id!)).toEqual([]);
      expect(existsSync(dir!), `${dir} left behind`).toBe(false);
    } finally {
      run.kill('SIGKILL');
    }
  });
});
