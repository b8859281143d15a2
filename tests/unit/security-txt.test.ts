import { describe, expect, it } from 'vitest';
import { buildTime, securityTxt } from '../../src/lib/security-txt';

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

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(
      'SOURCE_DATE_EPOCH must be whole seconds since 1970, not "yesterday"',
    );
  });
});
