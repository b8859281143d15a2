import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireNginx } from '../harness/nginx.mjs';
import { distDir } from '../helpers/dist';

const serverBlock = join(import.meta.dirname, '../../deploy/nginx/keras-security.conf');

describe('deploy/nginx/keras-security.conf', () => {
  it('is a configuration nginx accepts, with the site.conf this build wrote', () => {
    // Found, never installed here: `npm test` installs what is missing before any test.
    const nginx = requireNginx();
    const prefix = mkdtempSync(join(tmpdir(), 'nginx-conf-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=security.example.org',
        '-keyout',
        join(prefix, 'key.pem'),
        '-out',
        join(prefix, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    // The file as a deployer installs it, with this machine's certificate and folders.
    const server = readFileSync(serverBlock, 'utf8')
      .replace(/\/etc\/letsencrypt\/live\/[^;]+\/fullchain\.pem/, join(prefix, 'cert.pem'))
      .replace(/\/etc\/letsencrypt\/live\/[^;]+\/privkey\.pem/, join(prefix, 'key.pem'))
      .replace('/var/www/keras-security', join(prefix, 'www'));
    mkdirSync(join(prefix, 'keras-security'));
    copyFileSync(join(distDir, '_nginx/site.conf'), join(prefix, 'keras-security/site.conf'));
    writeFileSync(join(prefix, 'keras-security.conf'), server);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `pid ${join(prefix, 'nginx.pid')};\nerror_log stderr;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include keras-security.conf;\n}\n`,
    );
    const result = spawnSync(nginx, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], {
      encoding: 'utf8',
    });
    expect(result.stderr).toContain('syntax is ok');
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });
});
