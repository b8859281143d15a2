import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const root = join(import.meta.dirname, '../..');

/** Every build a test file made, removed after its tests: test runs leave no folders behind. */
const built: string[] = [];
afterAll(() => {
  for (const dir of built.splice(0)) rmSync(dir, { recursive: true, force: true });
  // The content cache astro.config.mjs keeps per content folder: a temporary folder's is garbage.
  for (const content of temporaryContent.splice(0))
    rmSync(join(root, 'node_modules/.cache', `astro-content-${contentHash(content)}`), {
      recursive: true,
      force: true,
    });
});

const temporaryContent: string[] = [];
const contentHash = (dir: string) =>
  createHash('sha256').update(resolve(root, dir)).digest('hex').slice(0, 12);

/**
 * Runs the real `astro build` on a content folder (relative to the project) into a fresh
 * temporary folder; returns the exit code, the output without colours, and where it built.
 */
export function buildFixture(contentDir: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'fixture-build-'));
  built.push(outDir);
  if (resolve(root, contentDir).startsWith(tmpdir())) temporaryContent.push(contentDir);
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) in the environment; the
  // build would take them for its own, so it gets the environment without them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key),
    ),
  );
  const result = spawnSync('astro', ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...inherited, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}

/**
 * The lines of a build's output that show where in the site's code an error was thrown
 * ("Location:", "Stack trace:", `at …:1:2`), or that call it unhandled (Astro's "An unhandled
 * error occurred while running the hook"): a build stopped by a user's mistake must have none,
 * only the message and its hint, which say what to fix.
 */
export function stackLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /Stack trace:|Location:|An unhandled error|^\s+at .+:\d+:\d+\)?$/.test(line));
}
