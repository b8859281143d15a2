import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { prepareNginx, requireNginx } from '../../scripts/nginx.mjs';
import { buildFixture, root, stackLines } from '../helpers/astro-build';

/** A port nothing listens on now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

describe('deployment settings', () => {
  // One real build per variable: every value refused, and its message, is in
  // tests/unit/deployment.test.ts (parseDeployment, which src/config.ts applies to the environment).
  it.each([
    ['SITE_BASE', '/with space/', 'SITE_BASE=/with space/ is not a URL path'],
    ['SITE_URL', 'javascript:alert(1)', 'SITE_URL=javascript:alert(1) must be an http or https URL'],
  ])('%s=%s stops the build, naming the variable', (name, value, message) => {
    const result = spawnSync('astro', ['build', '--outDir', '/dev/null/never'], {
      cwd: root,
      env: { ...process.env, [name]: value, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(message);
    expect(stackLines(`${result.stdout}${result.stderr}`)).toEqual([]);
  });

  it('a base with pattern characters (/a.b+c/) is served by nginx as it should be', async () => {
    const build = buildFixture('content', { SITE_BASE: '/a.b+c/' });
    expect(build.status, build.output).toBe(0);
    const port = await freePort();
    const { prefix, conf } = prepareNginx({ dir: build.outDir, port: String(port), base: '/a.b+c/' });
    const nginx = spawn(requireNginx(), ['-p', prefix, '-c', conf], { stdio: 'ignore' });
    try {
      const url = (path: string) => `http://127.0.0.1:${port}/a.b+c/${path}`;
      for (let i = 0; i < 50; i++) {
        if (
          await fetch(url('')).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const anchors = JSON.parse(readFileSync(join(build.outDir, 'anchors.json'), 'utf8'));
      const page = await fetch(url(anchors.pages.at(-1).path.slice(1)));
      expect(page.status).toBe(200);
      expect(page.headers.get('strict-transport-security')).toBe('max-age=63072000');
      // Files for other hosts stay private; Markdown is Markdown.
      for (const path of ['_headers', '_redirects', '_nginx/site.conf'])
        expect((await fetch(url(path))).status, path).toBe(404);
      expect((await fetch(url('SECURITY.md'))).headers.get('content-type')).toMatch(/^text\/markdown/);
      expect((await fetch(url('changes/feed.xml'))).headers.get('content-type')).toMatch(
        /^application\/atom\+xml/,
      );
    } finally {
      nginx.kill('SIGQUIT');
      rmSync(prefix, { recursive: true, force: true });
      rmSync(build.outDir, { recursive: true, force: true });
    }
  });
});
