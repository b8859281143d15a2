import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployment } from '../../../src/config';
import { base, distDir } from '../../helpers/dist';

// SECURITY.md of the Keras policy: the outline NOTES.md gives, and the committed copy at the
// repository's root (which is Keras's). Any policy's SECURITY.md is checked in ../structure.test.ts.
const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const site = new URL(base, deployment.site).href;

describe('SECURITY.md from the same content', () => {
  const built = read('SECURITY.md');

  it('has the outline of the upstream SECURITY.md, and a contents list', () => {
    const headings = built.split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headings).toEqual([
      '# Security Policy',
      '## Using Keras Securely',
      '### Untrusted inputs',
      '### Data privacy',
      '### Untrusted environments or networks',
      '### Multi-Tenant environments',
      '#### Tenant Isolation',
      '#### Resource Allocation',
      '#### Model Sharing',
      '#### Hardware Attacks',
      '## Reporting a Vulnerability',
    ]);
    expect(built).toContain(
      '- [Untrusted inputs](#untrusted-inputs) ([on the site](' + site + 'untrusted-inputs/))',
    );
    expect(built).toContain('none of the topics under [Using Keras Securely](#using-keras-securely)');
    expect(built).toContain(
      '- [Report privately on GitHub](https://github.com/ElasticProvisioner/keras/security/advisories/new)',
    );
    expect(built).not.toMatch(/<[A-Z]\w* ?\/>|import /);
  });

  it(`links only to this build’s site (${site})`, () => {
    const siteLinks = [...built.matchAll(/\]\((https:\/\/elasticprovisioner\.github\.io[^)]*)\)/g)].map(
      (m) => m[1]!,
    );
    expect(siteLinks.length).toBeGreaterThanOrEqual(5);
    for (const link of siteLinks) expect(link.startsWith(site), link).toBe(true);
  });

  it('the committed SECURITY.md is this build’s (run `npm run security-md` when this fails)', () => {
    const committed = readFileSync(join(root, 'SECURITY.md'), 'utf8');
    // The committed file is for the published site; a build under another base links there instead.
    expect(built.replaceAll(site, 'https://elasticprovisioner.github.io/keras/')).toBe(committed);
  });
});
