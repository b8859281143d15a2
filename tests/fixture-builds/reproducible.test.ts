import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/astro-build';

/** Every file of a build with the SHA-256 of its bytes, by path. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [
        path.slice(dir.length + 1),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      ]),
  );
}

describe('reproducible builds', () => {
  it('two builds of this commit with the same SOURCE_DATE_EPOCH are byte-identical', () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const first = buildFixture('content', env);
    const second = buildFixture('content', env);
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = fingerprint(first.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(fingerprint(second.outDir)).toEqual(a);
    // The pinned time is the one the build used.
    expect(readFileSync(join(first.outDir, '.well-known/security.txt'), 'utf8')).toContain(
      'Expires: 2026-06-30T00:00:00.000Z',
    );
  });
});
