// Reading the file to import: the right source or a clear no. The network cases run against
// local https servers with a certificate made for the test (openssl), trusted by passing its CA.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFailure, readPolicySource, SourceError, type SourceOptions } from '../../src/lib/import/source';
import {
  decodeSource,
  firstInvalidByte,
  formatBytes,
  isHtmlDocument,
  networkFailure,
  nextRedirect,
} from '../../src/lib/import/source-text';
import { runImportAsync } from '../helpers/import';

const dir = mkdtempSync(join(tmpdir(), 'import-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const policy = '# Security\n\n## Reporting\n\nMail us.\n';
const refusal = (from: string, options?: SourceOptions) =>
  readPolicySource(from, options).then(
    () => 'read without complaint',
    (error: unknown) =>
      error instanceof SourceError ? error.message : `not a SourceError: ${String(error)}`,
  );

describe('decoding: UTF-8 or a named refusal', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it.each([
    { name: 'plain UTF-8', input: new TextEncoder().encode('# Café\n'), text: '# Café\n' },
    { name: 'a UTF-8 byte order mark, dropped', input: bytes(0xef, 0xbb, 0xbf, 0x23), text: '#' },
  ])('$name', ({ input, text }) => {
    expect(decodeSource(input, 'f.md')).toEqual({ text });
  });
  it.each([
    {
      name: 'UTF-16 little-endian',
      input: bytes(0xff, 0xfe, 0x23, 0),
      error: /^f\.md: saved as UTF-16 \(little-endian.*save it as UTF-8/,
    },
    {
      name: 'UTF-16 big-endian',
      input: bytes(0xfe, 0xff, 0, 0x23),
      error: /^f\.md: saved as UTF-16 \(big-endian/,
    },
    {
      name: 'Latin-1 on line 2',
      input: bytes(0x23, 0x0a, 0x63, 0xe9, 0x0a),
      error: /^f\.md:2: not UTF-8 text \(byte 0xE9 at offset 3 .*save it as UTF-8/,
    },
    {
      name: 'UTF-16 without a byte order mark (valid UTF-8, a NUL every other byte)',
      input: new Uint8Array(Buffer.from('# Policy\n', 'utf16le')),
      error:
        /^f\.md:1: a NUL byte at offset 1: not a text file, or saved as UTF-16 without a byte order mark; save it as UTF-8/,
    },
    {
      name: 'big-endian UTF-16 without a mark',
      input: bytes(0, 0x23, 0, 0x0a),
      error: /^f\.md:1: a NUL byte at offset 0/,
    },
    {
      name: 'a cut-off sequence at the end',
      input: bytes(0x61, 0xe2, 0x82),
      error: /^f\.md:1: not UTF-8 text \(byte 0xE2 at offset 1/,
    },
  ])('$name is refused', ({ input, error }) => {
    expect(decodeSource(input, 'f.md')).toEqual({ error: expect.stringMatching(error) });
  });
  it.each([
    [[0x61, 0x62], 2],
    [[0xc0, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0x61, 0xf4, 0x90, 0x80, 0x80], 1], // above U+10FFFF
    [[0xe2, 0x82, 0xac, 0xff], 3],
  ])('first invalid byte of %j is at %i', (input, at) => {
    expect(firstInvalidByte(Uint8Array.from(input))).toBe(at);
  });
});

describe('a web page is not the file', () => {
  it.each([
    ['<!DOCTYPE html><html>…', '', true],
    ['\n  <html lang="en">', '', true],
    ['# Security', 'text/html; charset=utf-8', true],
    ['# Security\n\n<html> in prose', 'text/plain', false],
    ['<details>…', 'text/markdown', false],
  ])('%j served as %j → %s', (text, type, page) => {
    expect(isHtmlDocument(text, type)).toBe(page);
  });
});

describe('redirects: https all the way, no loop, at most five', () => {
  const u = (href: string) => new URL(href);
  it.each([
    { chain: ['https://a.example/x'], location: '/y', next: 'https://a.example/y' },
    { chain: ['https://a.example/x'], location: 'https://b.example/z', next: 'https://b.example/z' },
  ])('$location from $chain', ({ chain, location, next }) => {
    expect(nextRedirect(chain.map(u), location, 302, 5)).toEqual({ url: u(next) });
  });
  it.each([
    {
      chain: ['https://a.example/x'],
      location: 'http://a.example/x',
      error: /redirected to http:\/\/a\.example\/x, which is not https: refused/,
    },
    {
      chain: ['https://a.example/a', 'https://a.example/b'],
      location: '/a',
      error:
        /a redirect loop \(https:\/\/a\.example\/a → https:\/\/a\.example\/b → https:\/\/a\.example\/a\)/,
    },
    {
      chain: ['https://a.example/x'],
      location: undefined,
      error: /answered 302 \(a redirect\) without saying where to/,
    },
    {
      chain: [1, 2, 3, 4, 5, 6].map((n) => `https://a.example/${n}`),
      location: '/7',
      error: /more than 5 redirects/,
    },
  ])('refused: $location after $chain.length', ({ chain, location, error }) => {
    expect(nextRedirect(chain.map(u), location, 302, 5)).toEqual({ error: expect.stringMatching(error) });
  });
});

describe('network failures, each in words', () => {
  const url = new URL('https://policy.example/SECURITY.md');
  it.each([
    ['ENOTFOUND', /the host policy\.example could not be found \(DNS: ENOTFOUND\)/],
    ['ECONNREFUSED', /policy\.example refused the connection/],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', /certificate is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT/],
    ['CERT_HAS_EXPIRED', /certificate is not trusted \(CERT_HAS_EXPIRED/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', /certificate is not trusted/],
    ['ECONNRESET', /closed the connection before the file arrived/],
    [undefined, /could not be fetched \(boom\)/],
  ])('%s', (code, message) => {
    expect(networkFailure(url, code, 'boom')).toMatch(message);
  });
  it.each([
    [2 * 1024 * 1024, '2 MiB'],
    [512 * 1024, '512 KiB'],
    [1000, '1000 bytes'],
  ])('%i bytes read as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('files', () => {
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  it('a UTF-8 file is read', async () => {
    expect(await readPolicySource(file('ok.md', policy))).toBe(policy);
  });
  it.each([
    {
      name: 'a folder',
      path: () => (mkdirSync(join(dir, 'folder'), { recursive: true }), join(dir, 'folder')),
      message: /folder: a folder, not a file; name the SECURITY\.md inside it/,
    },
    { name: 'a missing file', path: () => join(dir, 'missing.md'), message: /missing\.md: no such file$/ },
    { name: 'a device', path: () => '/dev/zero', message: /^\/dev\/zero: not a regular file/ },
    {
      name: 'a link to a device',
      path: () => (symlinkSync('/dev/zero', join(dir, 'zero.md')), join(dir, 'zero.md')),
      message: /zero\.md: not a regular file/,
    },
    {
      // Opened to read, a pipe waits for a writer: the import would never end.
      name: 'a named pipe',
      path: () => (spawnSync('mkfifo', [join(dir, 'fifo.md')]), join(dir, 'fifo.md')),
      message: /fifo\.md: not a regular file/,
    },
    { name: 'an empty file', path: () => file('empty.md', ''), message: /empty\.md: the file is empty/ },
    {
      name: 'front matter alone',
      path: () => file('front-only.md', '---\ntitle: x\n---\n'),
      message:
        /front-only\.md:1–3: the file holds only front matter \(YAML between --- lines\) and no policy text/,
    },
    {
      name: 'white space only',
      path: () => file('blank.md', '\n \n\t\n'),
      message: /blank\.md: the file is empty/,
    },
    {
      name: 'a saved web page',
      path: () => file('page.md', '<!doctype html>\n<html><body>policy</body></html>'),
      message: /page\.md: an HTML page, not the Markdown file/,
    },
    {
      name: 'UTF-16',
      path: () => file('utf16.md', Uint8Array.from([0xff, 0xfe, 0x23, 0])),
      message: /utf16\.md: saved as UTF-16/,
    },
    {
      name: 'Windows-1252',
      path: () => file('cp1252.md', Uint8Array.from([0x23, 0x20, 0x93, 0x51, 0x94])),
      message: /cp1252\.md:1: not UTF-8 text/,
    },
    {
      name: 'a file over the cap',
      path: () => file('big.md', 'x'.repeat(2049)),
      message: /big\.md: larger than 2 KiB, the most the import reads/,
      options: { maxBytes: 2048 },
    },
  ])('$name is refused with its name', async ({ path, message, options }) => {
    expect(await refusal(path(), options)).toMatch(message);
  });
  // Root (as tests and CI run here) reads any file, so permission is checked by its error code.
  it.each([
    ['ENOENT', 'f.md: no such file'],
    [
      'EACCES',
      'f.md: cannot be read (permission denied); make it readable (chmod u+r f.md) or copy it somewhere you can read',
    ],
    ['EISDIR', 'f.md: a folder, not a file; name the SECURITY.md inside it'],
    ['EIO', 'f.md: cannot be read (EIO); check the path'],
  ])('%s is named', (code, message) => {
    expect(fileFailure('f.md', Object.assign(new Error(code), { code }))).toBe(message);
  });
});

/** A certificate for 127.0.0.1, made for this run: its key and certificate as PEM. */
function certificate(): { key: string; cert: string } {
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
  return {
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
  };
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

describe('https addresses', { timeout: 30_000 }, () => {
  let tls: { key: string; cert: string };
  let base: string;
  let plainBase: string;
  const servers: Server[] = [];
  const open = new Set<import('node:net').Socket>();

  const routes: Record<string, RequestListener> = {
    '/SECURITY.md': (_, res) =>
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(policy),
    '/to-http': (_, res) => res.writeHead(302, { location: `${plainBase}/SECURITY.md` }).end(),
    '/hop': (_, res) => res.writeHead(301, { location: '/SECURITY.md' }).end(),
    '/loop-a': (_, res) => res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_, res) => res.writeHead(302, { location: '/loop-a' }).end(),
    '/o/r/security/policy': (_, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><body>Security policy</body></html>'),
    '/latin1': (_, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.from([0x23, 0x20, 0xe9])),
    '/missing': (_, res) => res.writeHead(404).end('no'),
    '/endless': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const write = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', write);
      };
      write();
    },
    '/stall-body': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('# Security\n'); // …and then nothing
    },
    '/stall-headers': () => {}, // never answers
  };
  const handler: RequestListener = (req, res) => (routes[req.url ?? ''] ?? routes['/missing']!)(req, res);

  beforeAll(async () => {
    tls = certificate();
    for (const server of [createServer(tls, handler), createHttpServer(handler)]) {
      server.on('connection', (socket) => {
        open.add(socket);
        socket.on('close', () => open.delete(socket));
      });
      servers.push(server);
    }
    base = `https://127.0.0.1:${await listen(servers[0]!)}`;
    plainBase = `http://127.0.0.1:${await listen(servers[1]!)}`;
  });
  afterAll(() => {
    for (const socket of open) socket.destroy();
    for (const server of servers) server.close();
  });

  // Short enough for the stalling servers, long enough for a TLS handshake on a busy machine.
  const trusted = (): SourceOptions => ({ tls: { ca: tls.cert }, idleMs: 1500 });

  it('reads the file, following an https redirect', async () => {
    expect(await readPolicySource(`${base}/SECURITY.md`, trusted())).toBe(policy);
    expect(await readPolicySource(`${base}/hop`, trusted())).toBe(policy);
  });

  it.each([
    [
      '/to-http',
      /^https:\/\/127\.0\.0\.1:\d+\/to-http: redirected to http:\/\/127\.0\.0\.1:\d+\/SECURITY\.md, which is not https: refused/,
    ],
    [
      '/loop-a',
      /: a redirect loop \(https:\/\/127\.0\.0\.1:\d+\/loop-a → https:\/\/127\.0\.0\.1:\d+\/loop-b → https:\/\/127\.0\.0\.1:\d+\/loop-a\)/,
    ],
    ['/o/r/security/policy', /: this is a web page about the file, not the file itself; use its raw address/],
    ['/latin1', /\/latin1:1: not UTF-8 text \(byte 0xE9/],
    ['/missing', /\/missing: the server answered 404 Not Found$/],
    ['/endless', /\/endless: larger than 2 KiB, the most the import reads/],
    [
      '/stall-body',
      /\/stall-body: the server stopped sending after 11 bytes of the file \(nothing for 1\.5 s\)/,
    ],
    ['/stall-headers', /\/stall-headers: no answer within 1\.5 s/],
  ])('%s is refused, named', async (path, message) => {
    expect(await refusal(`${base}${path}`, { ...trusted(), maxBytes: 2048 })).toMatch(message);
  });

  it('an untrusted certificate is named, with what to do', async () => {
    expect(await refusal(`${base}/SECURITY.md`)).toMatch(
      /certificate is not trusted \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)[^)]*\).*NODE_EXTRA_CA_CERTS/,
    );
  });

  it('a host DNS cannot find, and a port nothing listens on', async () => {
    const lookup = ((_host: string, _options: unknown, callback: (error: Error) => void) =>
      callback(
        Object.assign(new Error('getaddrinfo ENOTFOUND policy.invalid'), { code: 'ENOTFOUND' }),
      )) as never;
    expect(await refusal('https://policy.invalid/SECURITY.md', { tls: { lookup } })).toMatch(
      /^https:\/\/policy\.invalid\/SECURITY\.md: the host policy\.invalid could not be found \(DNS: ENOTFOUND\)/,
    );
    const closed = createHttpServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    expect(await refusal(`https://127.0.0.1:${port}/SECURITY.md`)).toMatch(/refused the connection/);
  });

  it('the command: a redirect to http exits 2 with the message, no stack, content untouched', async () => {
    const content = mkdtempSync(join(tmpdir(), 'import-source-content-'));
    const run = await runImportAsync([`${base}/to-http`], content, {
      NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem'),
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/to-http: redirected to http:.*which is not https: refused/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const ok = await runImportAsync([`${base}/SECURITY.md`], content, {
      NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem'),
    });
    expect(ok.status, ok.stderr).toBe(0);
    rmSync(content, { recursive: true, force: true });
  });
});
