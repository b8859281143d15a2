import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePorts } from '../../../scripts/free-ports.mjs';
import { root } from '../../helpers/astro-build';
import { distDir } from '../../helpers/dist';

/** The nginx processes running now: their pid, owner's uid and command line. */
function nginxProcesses() {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return command.startsWith('nginx:') || command.includes('/nginx ')
          ? [{ pid, uid: statSync(`/proc/${pid}`).uid, command }]
          : [];
      } catch {
        return [];
      }
    });
}

describe('the servers the browser tests use', () => {
  it('take distinct free ports from the system', () => {
    const ports = freePorts(5);
    expect(new Set(ports).size).toBe(5);
    for (const port of ports) expect(port).toBeGreaterThan(0);
  });

  it('nginx serves the build with unprivileged workers, and leaves no folder behind when stopped', async () => {
    const [port] = freePorts(1);
    const before = new Set(nginxProcesses().map((p) => p.command));
    const server = spawn(
      'node',
      ['scripts/nginx.mjs', '--dir', distDir, '--port', String(port), '--base', '/keras/'],
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
      const mine = nginxProcesses().filter((p) => !before.has(p.command));
      const prefix = /-p (\S+)/.exec(mine.find((p) => p.command.includes('master'))!.command)![1]!;
      expect(existsSync(prefix)).toBe(true);
      const workers = mine.filter((p) => p.command.includes('worker'));
      expect(workers.length).toBeGreaterThan(0);
      for (const worker of workers) expect(worker.uid, 'an nginx worker runs as root').not.toBe(0);
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      expect(existsSync(prefix), `${prefix} left behind`).toBe(false);
    } finally {
      server.kill('SIGKILL');
    }
  });
});
