import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePorts } from '../harness/free-ports.mjs';
import { prepareNginx, requireNginx } from '../harness/nginx.mjs';
import { buildFixture, stackLines } from '../helpers/astro-build';
import { renamedBase, renamedDist } from '../renamed-build';

describe('deployment settings', () => {
  // One real build per variable: every value refused, and its message, is in
  // tests/unit/deployment.test.ts (parseDeployment, which src/config.ts applies to the environment).
  it.each([
    ['SITE_BASE', '/with space/', 'SITE_BASE=/with space/ is not a URL path'],
    ['SITE_URL', 'javascript:alert(1)', 'SITE_URL=javascript:alert(1) must be an http or https URL'],
  ])('%s=%s stops the build, naming the variable', (name, value, message) => {
    const result = buildFixture('content', { [name]: value });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(message);
    expect(stackLines(result.output)).toEqual([]);
  });

  // dist-renamed/, which `npm test` builds under such a base (tests/renamed-build.ts).
  it(`a base with pattern characters (${renamedBase}) is served by nginx as it should be`, async () => {
    const [port] = freePorts(1);
    const { prefix, conf } = prepareNginx({ dir: renamedDist, port: String(port), base: renamedBase });
    const nginx = spawn(requireNginx(), ['-p', prefix, '-c', conf], { stdio: 'ignore' });
    try {
      const url = (path: string) => `http://127.0.0.1:${port}${renamedBase}${path}`;
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
      const anchors = JSON.parse(readFileSync(join(renamedDist, 'anchors.json'), 'utf8'));
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
    }
  });
});
