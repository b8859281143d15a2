// Shared by the benchmarks: build into a scratch folder, serve it with brotli, drive Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, ensureChromium } from '../tests/harness/chromium.mjs';
import { publishEpoch } from '../src/lib/security-txt.ts';
import { brotliAll } from './compress.ts';

export const root = join(import.meta.dirname, '..');
export const scratch = join(root, '.bench');

/** A build date pinned as the Pages workflow pins it: the first of this month (an older one is refused). */
export const publishEpochNow = String(publishEpoch(0, new Date()));

/** Runs `astro build` into `outDir` and returns the wall time in milliseconds. */
export function build(outDir: string, env: Record<string, string> = {}): number {
  return buildLogged(outDir, env).ms;
}

/** GNU time, when the system has it: how much processor time a build took, beside its wall time. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuMarker = 'bench-cpu-seconds';

/**
 * `build`, also returning what the build printed and, where GNU time is there to say, the
 * processor time (user and system, its own processes) it took: on a machine that other work
 * shares, a steadier measure than wall time. `cwd` builds another checkout (bench/baseline.ts).
 */
export function buildLogged(
  outDir: string,
  env: Record<string, string> = {},
  cwd = root,
): { ms: number; cpuMs: number | undefined; log: string } {
  rmSync(outDir, { recursive: true, force: true });
  const astro = join(cwd, 'node_modules/.bin/astro');
  const args = ['build', '--outDir', outDir];
  const started = performance.now();
  const result = spawnSync(gnuTime ?? astro, gnuTime ? ['-f', `${cpuMarker} %U %S`, astro, ...args] : args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  const cpu = new RegExp(`^${cpuMarker} ([\\d.]+) ([\\d.]+)$`, 'm').exec(result.stderr);
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined;
  return { ms, cpuMs, log: `${result.stdout}\n${result.stderr.replace(cpu?.[0] ?? '', '')}` };
}

/** Serves `dir` at `base` on 127.0.0.1 with precompressed brotli; resolves once it answers. */
export async function serve(dir: string, base: string, port: number): Promise<{ url: string; stop(): void }> {
  brotliAll(dir);
  const server: ChildProcess = spawn(
    'node',
    ['tests/harness/serve.mjs', '--dir', dir, '--port', String(port), '--base', base, '--brotli'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the server for ${dir} did not answer at ${url}`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
