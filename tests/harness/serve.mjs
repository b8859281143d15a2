// Serves a built site as a static host does: under its base path, with the site's 404 page
// for unknown URLs. The browser tests use it (a second `astro preview` refuses to start while
// one runs, e.g. the reader's own `npm start`).
// Usage: node tests/harness/serve.mjs [--dir dist] [--port 4329] [--base /keras/] [--brotli]
// --brotli serves the `.br` files beside the originals (as a CDN would), for the benchmarks.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { stopWithParent } from './processes.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4329' },
    base: { type: 'string', default: '/' },
    brotli: { type: 'boolean', default: false },
  },
});
const dir = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} has no index.html: run \`npm run build\` first`);
  process.exit(1);
}

const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], brotli: values.brotli });

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  createReadStream(join(dir, '404.html')).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base });
    res.end();
    return;
  }
  if (!url.pathname.startsWith(base)) return notFound(res);
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  files(req, res, () => notFound(res));
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${values.port}${base}`);
});
// Started by the tests or the benchmarks: it stops when they do, however they end.
stopWithParent(() => process.exit(0));
