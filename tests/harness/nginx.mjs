// Serves a built site with Debian's nginx and the server configuration the build wrote
// (`<dir>/_nginx/site.conf`), as production would: the browser tests run against it.
// Usage: node tests/harness/nginx.mjs [--dir dist] [--port 4329] [--base /keras/]
// It only finds nginx (`npm test` installs Debian's package first where it is missing) and
// otherwise stops with one line saying how to get it. nginx stops with this process, and this
// process with the one that started it: no server outlives the tests.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stopWithParent } from './processes.mjs';
import { systemTool } from './system-package.mjs';

export const nginxTool = systemTool({
  env: 'NGINX_PATH',
  paths: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'],
  aptPackage: 'nginx-light',
  what: 'nginx',
  howTo: 'No nginx for the browser tests: install it (Debian: apt-get install nginx-light)',
});
export const { find: findNginx, require: requireNginx } = nginxTool;

/** The main configuration: one server on 127.0.0.1 that includes the build's site.conf. */
function mainConf({ prefix, www, port, user }) {
  const mimeTypes = [
    '/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
    '/opt/homebrew/etc/nginx/mime.types',
  ].find(existsSync);
  return `${user ? `user ${user};\n` : ''}daemon off;
master_process on;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
    ${mimeTypes ? `include ${mimeTypes};` : ''}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${join(prefix, 'tmp')};
    proxy_temp_path ${join(prefix, 'tmp')};
    fastcgi_temp_path ${join(prefix, 'tmp')};
    uwsgi_temp_path ${join(prefix, 'tmp')};
    scgi_temp_path ${join(prefix, 'tmp')};
    server {
        listen 127.0.0.1:${port};
        root ${www};
        include keras-security/site.conf;
    }
}
`;
}

/** The unprivileged user and group nginx's workers run as when it starts as root. */
function unprivilegedUser() {
  const groups = existsSync('/etc/group') ? readFileSync('/etc/group', 'utf8') : '';
  return /^nogroup:/m.test(groups) ? 'nobody nogroup' : 'nobody';
}

/** Writes a throwaway nginx prefix that serves `dir` under `base`; returns the config's path. */
export function prepareNginx({ dir, port, base }) {
  const dist = resolve(dir);
  const siteConf = join(dist, '_nginx', 'site.conf');
  if (!existsSync(siteConf)) throw new Error(`${siteConf} is missing: run \`npm run build\` first`);
  const prefix = mkdtempSync(join(tmpdir(), 'policy-nginx-'));
  const www = join(prefix, 'www');
  const siteDir = join(www, base);
  mkdirSync(dirname(siteDir.replace(/\/$/, '')), { recursive: true });
  const root = process.getuid?.() === 0;
  // As root, nginx's workers drop to an unprivileged user, who may not be able to reach the build
  // where it lies (a private home or temp folder): they serve a readable copy instead.
  const served = base === '/' ? www.replace(/\/$/, '') : siteDir.replace(/\/$/, '');
  if (root) {
    rmSync(served, { recursive: true, force: true });
    cpSync(dist, served, { recursive: true, dereference: true });
    for (const path of [
      prefix,
      ...readdirSync(prefix, { recursive: true }).map((p) => join(prefix, String(p))),
    ])
      chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  } else symlinkSync(dist, served);
  mkdirSync(join(prefix, 'tmp'));
  mkdirSync(join(prefix, 'keras-security'));
  copyFileSync(siteConf, join(prefix, 'keras-security', 'site.conf'));
  const user = root ? unprivilegedUser() : undefined;
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConf({ prefix, www, port, user }));
  return { prefix, conf };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4329' },
      base: { type: 'string', default: '/keras/' },
    },
  });
  try {
    const nginx = requireNginx();
    const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
    const { prefix, conf } = prepareNginx({ dir: values.dir, port: values.port, base });
    const server = spawn(nginx, ['-p', prefix, '-c', conf], { stdio: 'inherit' });
    console.log(`nginx serving ${resolve(values.dir)} at http://127.0.0.1:${values.port}${base}`);
    const stop = () => server.kill('SIGQUIT');
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    stopWithParent(stop);
    server.on('exit', (code) => {
      // Leave nothing behind in the temp folder.
      rmSync(prefix, { recursive: true, force: true });
      process.exit(code ?? 0);
    });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
