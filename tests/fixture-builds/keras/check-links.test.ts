import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../helpers/dist';
import { root } from '../../helpers/astro-build';

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

  // The project's own documentation, checked by its own link checker.
  it('README.md and docs/ link to no missing page or heading of the site', async () => {
    const docs = readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`);
    const { status, stdout, stderr } = await checkLinks('--anchors', anchors, 'README.md', ...docs);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/ 0 broken/);
    expect(status).toBe(0);
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

  it('reads links as GitHub and browsers do: broken encodings, unquoted hrefs, every published file, //host links', async () => {
    const { status, stdout, stderr } = await checkLinks('--anchors', anchors, `${fixture}/odd.md`);
    expect(stdout.trim().split('\n')).toEqual([
      `${fixture}/odd.md:3: https://elasticprovisioner.github.io/keras/reporting/#%E0%A4%A — no heading #%E0%A4%A on /reporting/`,
      `${fixture}/odd.md:13: //elasticprovisioner.github.io/keras/gone/ — no page /gone/`,
    ]);
    expect(stderr).toContain('8 links into https://elasticprovisioner.github.io/keras/ in 1 file, 2 broken');
    expect(status).toBe(1);
  });

  it('skips binary and oversized files with a message, and reads a 30 MB paragraph in linear time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
    try {
      writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      const paragraph = `See https://elasticprovisioner.github.io/keras/nope/ and ${'lorem ipsum dolor sit amet '.repeat(1_200_000)}`;
      writeFileSync(join(dir, 'long.md'), paragraph);
      const started = performance.now();
      const { status, stdout, stderr } = await checkLinks(
        '--anchors',
        anchors,
        join(dir, 'image.md'),
        join(dir, 'long.md'),
      );
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(stderr).toContain(`check-links: ${join(dir, 'image.md')} skipped: a binary file, not Markdown`);
      expect(stdout.trim()).toBe(
        `${join(dir, 'long.md')}:1: https://elasticprovisioner.github.io/keras/nope/ — no page /nope/`,
      );
      expect(status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up on a server that never answers after --timeout, and says so', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/anchors.json`;
      const started = performance.now();
      const { status, stderr } = await checkLinks('--anchors', url, '--timeout', '1', 'README.md');
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(stderr).toContain(
        `cannot read ${url} (no answer in 1 s; give it longer with --timeout SECONDS)`,
      );
      expect(status).toBe(2);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it.each([
    [
      { site: 'https://example.org/', pages: [{ path: '/', url: 'https://example.org/', anchors: [] }] },
      'page "/" has no "aliases" list',
    ],
    [{ site: 'not a url', pages: [] }, '"site" is not a URL: not a url'],
    [{ site: 'javascript:alert(1)', pages: [] }, '"site" is not an http(s) URL'],
  ])('an anchors.json it cannot read is exit 2 with a message: %j', async (index, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
    try {
      writeFileSync(join(dir, 'anchors.json'), JSON.stringify(index));
      const { status, stdout, stderr } = await checkLinks(
        '--anchors',
        join(dir, 'anchors.json'),
        'README.md',
      );
      expect(stderr).toContain(`is not an anchors.json: ${message}`);
      expect(stdout).toBe('');
      expect(status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      ['--anchors', 'nowhere/anchors.json', 'README.md'],
      /cannot read nowhere\/anchors.json .*: build the site \(npm run build\) or pass --anchors/,
    ],
    [['--anchors', 'package.json', 'README.md'], /package.json is not an anchors.json/],
    [['--anchors', 'README.md', 'README.md'], /README.md is not JSON/],
    [['--timeout', 'soon', 'README.md'], /--timeout takes a number of seconds, not "soon"/],
    [[], /no files given/],
    [['--anchors', 'x', '--bogus', 'README.md'], /Unknown option '--bogus'/],
  ])('says what is wrong and exits 2: %j', async (args, message) => {
    const { status, stderr } = await checkLinks(...args);
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
  });
});
