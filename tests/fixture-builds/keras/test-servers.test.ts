import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePorts } from '../../harness/free-ports.mjs';
import { processes } from '../../harness/processes.mjs';
import { root } from '../../helpers/astro-build';
import { distDir } from '../../helpers/dist';

/**
 * The processes started by `pid` and by those: their pid, owner's uid and command line. By
 * parent, not by command line, which is the same for every nginx on the machine.
 */
function descendants(pid: number) {
  const all = processes();
  const found: typeof all = [];
  for (let parents = new Set([pid]); parents.size > 0;) {
    const children = all.filter((p) => parents.has(p.ppid));
    found.push(...children);
    parents = new Set(children.map((p) => p.pid));
  }
  return found.map((p) => ({ ...p, uid: statSync(`/proc/${p.pid}`).uid }));
}

describe('the servers the browser tests use', () => {
  it('take distinct free ports from the system', () => {
    const ports = freePorts(5);
    expect(new Set(ports).size).toBe(5);
    for (const port of ports) expect(port).toBeGreaterThan(0);
  });

  it('nginx serves the build with unprivileged workers, and leaves no folder behind when stopped', async () => {
    const [port] = freePorts(1);
    const server = spawn(
      'node',
      ['tests/harness/nginx.mjs', '--dir', distDir, '--port', String(port), '--base', '/keras/'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    try {
      let ok = false;
      for (let i = 0; i < 50 && !ok; i++) {
        ok = await fetch(`http://127.0.0.1:${port}/keras/reporting/`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ok) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(ok).toBe(true);
      // nginx.mjs starts the master, which starts the workers.
      const [master, ...others] = descendants(server.pid!);
      expect(master?.ppid).toBe(server.pid);
      const prefix = /-p (\S+)/.exec(master!.command)![1]!;
      expect(existsSync(prefix)).toBe(true);
      const workers = others.filter((p) => p.ppid === master!.pid);
      expect(workers.length).toBeGreaterThan(0);
      for (const worker of workers) expect(worker.uid, 'an nginx worker runs as root').not.toBe(0);
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      expect(existsSync(prefix), `${prefix} left behind`).toBe(false);
    } finally {
      server.kill('SIGKILL');
    }
  });

  it('nginx stops, and leaves no folder behind, when the process that started it is killed', async () => {
    const [port] = freePorts(1);
    // A stand-in for a test runner that dies without stopping its servers (SIGKILL).
    const runner = spawn(
      process.execPath,
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, ${JSON.stringify(['tests/harness/nginx.mjs', '--dir', distDir, '--port', String(port), '--base', '/keras/'])}, { stdio: 'ignore' }); setInterval(() => {}, 1000);`,
      ],
      { cwd: root, stdio: 'ignore' },
    );
    try {
      await expect
        .poll(() => descendants(runner.pid!).find((p) => p.command.startsWith('nginx: master')), {
          timeout: 10_000,
        })
        .toBeDefined();
      const tree = descendants(runner.pid!);
      const prefix = /-p (\S+)/.exec(tree.find((p) => p.command.startsWith('nginx: master'))!.command)![1]!;
      runner.kill('SIGKILL');
      const alive = (pid: number) => processes().some((p) => p.pid === pid);
      await expect.poll(() => tree.filter((p) => alive(p.pid)), { timeout: 10_000 }).toEqual([]);
      expect(existsSync(prefix), `${prefix} left behind`).toBe(false);
    } finally {
      runner.kill('SIGKILL');
    }
  });
});
