// Reading the file to import: the right source or a clear no. Fetching from https addresses,
// against local servers: import-source-https.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusal, smallPolicy } from '../helpers/policy-source';
import { afterAll, describe, expect, it } from 'vitest';
import { fileFailure, readPolicySource } from '../../src/lib/import/source';
import {
  decodeSource,
  firstInvalidByte,
  formatBytes,
  isHtmlDocument,
  networkFailure,
  nextRedirect,
} from '../../src/lib/import/source-text';

const dir = mkdtempSync(join(tmpdir(), 'import-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const policy = smallPolicy;

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
