import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expiresAt, publishEpoch } from '../../src/lib/security-txt';
import { project } from '../../src/config';
import { buildDate } from '../../src/integrations/build-date';
import { buildFixture, stackLines } from '../helpers/astro-build';
import { distDir } from '../helpers/dist';

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
    // `npm test` builds dist/ as the Pages workflow publishes it and says with which
    // SOURCE_DATE_EPOCH: one more build is compared with it. Run alone, this builds twice, pinned
    // to this month (an older date would ship an expired security.txt, which the build refuses).
    const published = process.env.DIST_SOURCE_DATE_EPOCH;
    const epoch = published ? Number(published) : publishEpoch(0, new Date());
    const env = { SOURCE_DATE_EPOCH: String(epoch) };
    const first = published ? { status: 0, output: '', outDir: distDir } : buildFixture('content', env);
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
  const cases = [
    ['0', 'security.txt expired on 1970-06-30T00:00:00.000Z'],
    ['99999999999', 'more than a year from now'],
    ['99999999999999', 'SOURCE_DATE_EPOCH must be whole seconds since 1970'],
  ] as const;

  // The build's own check, in this process: the integration refuses the date as the build starts.
  it.each(cases)('SOURCE_DATE_EPOCH=%s stops the build as it starts: %s', (epoch, message) => {
    const setup = buildDate().hooks['astro:config:setup'] as (options: { command: string }) => void;
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = epoch;
    try {
      expect(() => setup({ command: 'build' })).toThrow(message);
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });

  it('a real `astro build` with one stops, saying why', () => {
    const [epoch, message] = cases[0];
    const build = buildFixture('content', { SOURCE_DATE_EPOCH: epoch });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(message);
    expect(stackLines(build.output)).toEqual([]);
  });
});
