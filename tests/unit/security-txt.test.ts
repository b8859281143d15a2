import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildTime,
  expiryProblem,
  publishEpoch,
  securityTxt,
  statedExpiry,
} from '../../src/lib/security-txt';

const input = {
  contacts: ['https://github.com/o/r/security/advisories/new', 'mailto:security@example.org'],
  policy: 'https://example.org/security/',
  canonical: 'https://example.org/.well-known/security.txt',
  languages: ['en', 'de'],
  builtAt: new Date('2026-11-27T12:00:00Z'),
  expiresAfterDays: 180,
};

describe('securityTxt', () => {
  it('writes every field RFC 9116 asks for, one per line', () => {
    expect(securityTxt(input)).toBe(
      [
        'Contact: https://github.com/o/r/security/advisories/new',
        'Contact: mailto:security@example.org',
        'Expires: 2027-05-26T12:00:00.000Z',
        'Preferred-Languages: en, de',
        'Canonical: https://example.org/.well-known/security.txt',
        'Policy: https://example.org/security/',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [{ contacts: [] }, 'security.txt needs at least one Contact'],
    [
      { expiresAfterDays: 365 },
      'securityTxt.expiresAfterDays must be 1 to 364 (RFC 9116: less than a year), not 365',
    ],
    [{ expiresAfterDays: 0 }, 'not 0'],
    [{ expiresAfterDays: 1.5 }, 'not 1.5'],
  ])('refuses %o', (change, message) => {
    expect(() => securityTxt({ ...input, ...change })).toThrow(message);
  });
});

describe('buildTime', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it.each([
    [{}, now],
    [{ SOURCE_DATE_EPOCH: '' }, now],
    [{ SOURCE_DATE_EPOCH: '1764201600' }, new Date('2025-11-27T00:00:00Z')],
  ])('%o', (env, expected) => {
    expect(buildTime(env, now)).toEqual(expected);
  });

  it.each(['yesterday', '-1', '1.5', '99999999999999'])('refuses SOURCE_DATE_EPOCH=%s', (epoch) => {
    expect(() => buildTime({ SOURCE_DATE_EPOCH: epoch })).toThrow(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(date +%s)), not "${epoch}"`,
    );
  });
});

describe('a security.txt valid on the live site on any day', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  const inDays = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);

  it.each([
    [inDays(180), 0, undefined],
    [inDays(31), 30, undefined],
    [
      inDays(29),
      30,
      'security.txt expires on 2026-12-29T12:00:00.000Z, in 29 days: less than the 30 required',
    ],
    [
      inDays(-1),
      0,
      'security.txt expired on 2026-11-29T12:00:00.000Z, before now (2026-11-30T12:00:00.000Z)',
    ],
    [new Date(0), 0, 'security.txt expired on 1970-01-01T00:00:00.000Z'],
    [inDays(366), 0, 'more than a year from now'],
    [new Date(Number.NaN), 30, 'security.txt has no valid Expires date'],
  ])('expires %s, %d days required: %s', (expires, minDays, problem) => {
    const found = expiryProblem(expires, now, minDays);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });

  it.each([
    // Committed long ago: the first of this month, so a monthly rebuild moves Expires on.
    [Date.UTC(2026, 0, 5) / 1000, Date.UTC(2026, 10, 1) / 1000],
    // Committed this month: the commit's own time.
    [Date.UTC(2026, 10, 20) / 1000, Date.UTC(2026, 10, 20) / 1000],
  ])('publishEpoch(commit %d) is %d', (commit, expected) => {
    expect(publishEpoch(commit, now)).toBe(expected);
  });

  it('reads the Expires field of a file', () => {
    expect(statedExpiry('Contact: x\nexpires: 2027-01-01T00:00:00.000Z\n').toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(statedExpiry('Contact: x\n').getTime()).toBeNaN();
  });

  it('the publishing check refuses a file that expires within 30 days, and passes one that does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'security-txt-'));
    try {
      const real = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
      const soon = join(dir, 'soon.txt');
      writeFileSync(soon, `Expires: ${real(10)}\n`);
      const refused = spawnSync('node', ['scripts/check-security-txt.ts', soon], { encoding: 'utf8' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/in (9|10) days: less than the 30 required/);
      const fine = join(dir, 'fine.txt');
      writeFileSync(fine, `Expires: ${real(150)}\n`);
      expect(spawnSync('node', ['scripts/check-security-txt.ts', fine], { encoding: 'utf8' }).status).toBe(0);
      const missing = spawnSync('node', ['scripts/check-security-txt.ts', join(dir, 'none.txt')], {
        encoding: 'utf8',
      });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('no security.txt to check');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
