// Reading the file to import from an https address: local https servers with a certificate
// made for the test (openssl), trusted by passing its CA. The rest of reading a source, without
// a network: import-source.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusal, smallPolicy } from '../helpers/policy-source';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPolicySource, type SourceOptions } from '../../src/lib/import/source';
import { runImportAsync } from '../helpers/import';

const dir = mkdtempSync(join(tmpdir(), 'import-source-https-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const policy = smallPolicy;

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
