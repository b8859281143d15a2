import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expiresAt, publishEpoch } from '../../src/lib/security-txt';
import { project } from '../../src/config';
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
    // As the Pages workflow publishes: pinned to this month (an older date would ship an expired
    // security.txt, which the build refuses).
    const epoch = publishEpoch(0, new Date());
    const env = { SOURCE_DATE_EPOCH: String(epoch) };
    const first = buildFixture('content', env);
    const second = buildFixture('content', env);
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = fingerprint(first.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(fingerprint(second.outDir)).toEqual(a);
    // The pinned time is the one the build used.
    expect(readFileSync(join(first.outDir, '.well-known/security.txt'), 'utf8')).toContain(
      `Expires: ${expiresAt(new Date(epoch * 1000), project.securityTxt.expiresAfterDays).toISOString()}`,
    );
  });
});

describe('a build date that would publish a wrong security.txt', () => {
  it.each([
    ['0', 'security.txt expired on 1970-06-30T00:00:00.000Z'],
    ['99999999999', 'more than a year from now'],
    ['99999999999999', 'SOURCE_DATE_EPOCH must be whole seconds since 1970'],
  ])('SOURCE_DATE_EPOCH=%s stops the build: %s', (epoch, message) => {
    const build = buildFixture('content', { SOURCE_DATE_EPOCH: epoch });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(message);
  });
});
