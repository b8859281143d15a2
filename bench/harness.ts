// Shared by the benchmarks: build into a scratch folder, serve it with brotli, drive Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
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

/** `build`, also returning what the build printed; `cwd` builds another checkout (bench/baseline.ts). */
export function buildLogged(
  outDir: string,
  env: Record<string, string> = {},
  cwd = root,
): { ms: number; log: string } {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(join(cwd, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return { ms: performance.now() - started, log: `${result.stdout}\n${result.stderr}` };
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
