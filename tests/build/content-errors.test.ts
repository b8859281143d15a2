import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentErrorCases } from '../helpers/content-error-cases';
import { contentErrorFixtures } from '../helpers/fixtures';

const root = join(import.meta.dirname, '../..');

/** Runs the real `astro build` on a fixture's content; returns its exit code and output. */
function build(fixture: string) {
  const contentDir = relative(root, join(contentErrorFixtures, fixture));
  const result = spawnSync('astro', ['build', '--outDir', mkdtempSync(join(tmpdir(), 'fixture-build-'))], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // Paths in the report start at the project; the expected lines name them from the fixture.
  const output = `${result.stdout}\n${result.stderr}`
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replaceAll(`${contentDir}/`, '');
  return { status: result.status, output };
}

describe('a content mistake fails the build with file, line and what to write', () => {
  it.each(contentErrorCases)('$fixture', ({ fixture, expected }) => {
    const { status, output } = build(fixture);
    expect(status).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
  });
});
