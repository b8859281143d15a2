import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployment, project } from '../../src/config';
import { base, distDir } from '../helpers/dist';

const bytes = readFileSync(join(distDir, '.well-known/security.txt'));
const text = bytes.toString('utf8');
const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
const fields = lines.map((line) => {
  const match = /^([A-Za-z-]+): (.+)$/.exec(line);
  if (!match) throw new Error(`not a "Field: value" line: ${line}`);
  return { name: match[1]!.toLowerCase(), value: match[2]! };
});
const values = (name: string) => fields.filter((f) => f.name === name).map((f) => f.value);
/** RFC 9116, section 2.5: the fields it defines. */
const known = [
  'acknowledgments',
  'canonical',
  'contact',
  'encryption',
  'expires',
  'hiring',
  'policy',
  'preferred-languages',
  'csaf',
];
const site = new URL(base, deployment.site);

describe('/.well-known/security.txt (RFC 9116)', () => {
  it('has only fields the RFC defines, as UTF-8 "Field: value" lines', () => {
    expect(fields.map((f) => f.name).filter((name) => !known.includes(name))).toEqual([]);
    // RFC 9116 wants UTF-8: the file's bytes decode strictly, and end with a line break.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect(text.endsWith('\n')).toBe(true);
  });

  it('names the configured reporting channels as Contact, with https', () => {
    expect(values('contact')).toEqual(project.reportingChannels.map((c) => c.url));
    for (const contact of values('contact')) expect(contact).toMatch(/^(https:|mailto:|tel:)/);
  });

  it('expires exactly once, as an ISO 8601 date, in the future and within a year', () => {
    const expires = values('expires');
    expect(expires).toHaveLength(1);
    expect(expires[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    const at = new Date(expires[0]!).getTime();
    expect(at).toBeGreaterThan(Date.now());
    expect(at - Date.now()).toBeLessThan(365 * 24 * 60 * 60 * 1000);
  });

  it('points to the policy and to itself, and prefers English', () => {
    expect(values('policy')).toEqual([site.href]);
    expect(values('canonical')).toEqual([new URL('.well-known/security.txt', site).href]);
    expect(values('preferred-languages')).toEqual(['en']);
  });
});
