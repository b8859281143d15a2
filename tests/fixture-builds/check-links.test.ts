import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist';
import { root } from '../helpers/astro-build';

const fixture = 'tests/fixtures/check-links';

/**
 * Runs `check-links` as another repository's CI would. Asynchronously, so a server in this
 * process can answer it.
 */
function checkLinks(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['bin/check-links.js', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const expectedBroken = [
  `${fixture}/README.md:8: https://elasticprovisioner.github.io/keras/sandboxing/ — no page /sandboxing/`,
  `${fixture}/README.md:9: https://elasticprovisioner.github.io/keras/multi-tenant/#gpu-attacks — no heading #gpu-attacks on /multi-tenant/`,
  `${fixture}/README.md:13: https://elasticprovisioner.github.io/keras/reporting/#how-to-report — no heading #how-to-report on /reporting/`,
];

describe('check-links', () => {
  const anchors = join(distDir, 'anchors.json');

  it('reports each broken page or anchor as file:line: url — reason, ignores other sites, exits 1', async () => {
    const { status, stdout, stderr } = await checkLinks('--anchors', anchors, `${fixture}/README.md`);
    expect(stdout.trim().split('\n')).toEqual(expectedBroken);
    expect(stderr).toContain(
      'check-links: 9 links into https://elasticprovisioner.github.io/keras/ in 1 file, 3 broken',
    );
    expect(status).toBe(1);
  });

  it('exits 0 when every link resolves (case-insensitive fragments and SECURITY.md anchors on the root included)', async () => {
    const { status, stdout, stderr } = await checkLinks('--anchors', anchors, `${fixture}/good.md`);
    expect(stdout).toBe('');
    expect(stderr).toContain('4 links into https://elasticprovisioner.github.io/keras/ in 1 file, 0 broken');
    expect(status).toBe(0);
  });

  describe('against a published anchors.json, by URL', () => {
    const server = createServer((_, res) => res.end(readFileSync(anchors)));
    let url = '';
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keras/anchors.json`;
    });
    afterAll(() => server.close());

    it('gives the same report', async () => {
      const { status, stdout } = await checkLinks('--anchors', url, `${fixture}/README.md`);
      expect(stdout.trim().split('\n')).toEqual(expectedBroken);
      expect(status).toBe(1);
    });
  });

  it.each([
    [
      ['--anchors', 'nowhere/anchors.json', 'README.md'],
      /cannot read nowhere\/anchors.json .*: build the site \(npm run build\) or pass --anchors/,
    ],
    [['--anchors', 'package.json', 'README.md'], /package.json is not an anchors.json/],
    [[], /no files given/],
    [['--anchors', 'x', '--bogus', 'README.md'], /Unknown option '--bogus'/],
  ])('says what is wrong and exits 2: %j', async (args, message) => {
    const { status, stderr } = await checkLinks(...args);
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
  });
});
