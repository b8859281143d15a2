import { describe, expect, it } from 'vitest';
import { promisedHeaders } from '../helpers/promised-headers';
import {
  cacheControl,
  netlifyHeaders,
  netlifyRedirects,
  nginxSite,
  parseCsp,
  pruneCspHashes,
  securityHeaders,
  unionCsp,
} from '../../src/lib/host-config';

const page = (hash: string) => `default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self'`;

describe('parseCsp', () => {
  it.each([
    ["default-src 'self'", [['default-src', ["'self'"]]]],
    [
      "default-src 'self';;  img-src 'self' data: 'self' ;",
      [
        ['default-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
      ],
    ],
    ["SCRIPT-SRC 'self'", [['script-src', ["'self'"]]]],
    ['', []],
  ])('%j', (policy, directives) => {
    expect([...parseCsp(policy)]).toEqual(directives);
  });
});

describe('unionCsp', () => {
  it('keeps every page’s hashes once, in order, and adds frame-ancestors', () => {
    expect(unionCsp([page('a'), page('b'), page('a')])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'",
    );
  });

  it.each([
    [[], /no page has a Content-Security-Policy/],
    [
      [page('a'), "default-src 'self'"],
      /page 2's Content-Security-Policy has directives default-src, the first page's/,
    ],
  ])('refuses %j', (policies, message) => {
    expect(() => unionCsp(policies)).toThrow(message);
  });
});

const input = {
  base: '/keras/',
  csp: "default-src 'self'; frame-ancestors 'none'",
  redirects: [{ from: '/keras/multi-tenant/', to: '/keras/tenancy/' }],
};

describe('securityHeaders', () => {
  it('are the headers the README promises, with their values', () => {
    expect(Object.fromEntries(securityHeaders.map(([name, value]) => [name.toLowerCase(), value]))).toEqual(
      promisedHeaders,
    );
  });
});

describe('host files', () => {
  it('_headers: every security header under the base, caching only on hashed paths', () => {
    const headers = netlifyHeaders(input);
    expect(headers).toContain(`/keras/*\n  Content-Security-Policy: ${input.csp}\n`);
    for (const [name, value] of Object.entries(promisedHeaders))
      expect(headers.toLowerCase()).toContain(`  ${name}: ${value.toLowerCase()}\n`);
    expect(headers).toContain(`/keras/_astro/*\n  Cache-Control: ${cacheControl.immutable}`);
    expect(headers).not.toContain(cacheControl.revalidate);
  });

  it('_redirects: with and without the trailing slash', () => {
    expect(netlifyRedirects(input)).toContain(
      '/keras/multi-tenant/ /keras/tenancy/ 301\n/keras/multi-tenant /keras/tenancy/ 301\n',
    );
  });

  it('nginx: headers in every location, since nginx drops inherited ones', () => {
    const conf = nginxSite(input);
    const locations = conf.split('\nlocation ').slice(1);
    expect(locations.length).toBeGreaterThan(5);
    for (const location of locations) {
      expect(location).toContain(`add_header Content-Security-Policy "${input.csp}" always;`);
      expect(location).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(location).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
    expect(conf).toContain('location = /keras/multi-tenant {');
    expect(conf).toContain('return 301 /keras/tenancy/;');
    expect(conf).toContain('try_files /keras/.well-known/security.txt =404;');
  });

  it('nginx: a site at the domain root has no root redirect', () => {
    expect(nginxSite({ ...input, base: '/' })).not.toContain('location = / {');
  });

  it('nginx: refuses a value nginx would expand', () => {
    expect(() => nginxSite({ ...input, csp: "default-src 'self' $x" })).toThrow(/nginx cannot carry/);
  });
});

describe('pruneCspHashes', () => {
  const sha = (text: string) => `h(${text})`;
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
  it.each([
    [
      'drops the hashes of code the page does not have',
      `${meta("default-src 'self';script-src 'self' 'sha256-h(a)' 'sha256-x';style-src 'self' 'sha256-y';")}<script>a</script>`,
      meta("default-src 'self';script-src 'self' 'sha256-h(a)';style-src 'self';"),
    ],
    [
      'ignores external scripts and JSON data, which CSP hashes do not cover',
      `${meta("script-src 'self' 'sha256-h(d)';")}<script type="application/json">d</script><script src="/x.js"></script>`,
      meta("script-src 'self';"),
    ],
    [
      'keeps a style’s hash',
      `${meta("style-src 'self' 'sha256-h(p{})';")}<style>p{}</style>`,
      meta("style-src 'self' 'sha256-h(p{})';"),
    ],
  ])('%s', (_, html, expected) => {
    expect(pruneCspHashes(html, sha)).toContain(expected);
  });

  it('leaves a page without a CSP meta alone', () => {
    expect(pruneCspHashes('<p>x</p>', sha)).toBe('<p>x</p>');
  });
});
