import { describe, expect, it } from 'vitest';
import { parseDeployment } from '../../src/schemas/deployment';
import { nginxSite } from '../../src/lib/host-config';

const defaults = { site: 'https://example.org', base: '/keras/' };

describe('parseDeployment', () => {
  it.each([
    [{}, defaults],
    [{ SITE_BASE: '/' }, { site: 'https://example.org', base: '/' }],
    [{ SITE_BASE: '/keras/security' }, { site: 'https://example.org', base: '/keras/security/' }],
    [{ SITE_BASE: '/a.b+c/' }, { site: 'https://example.org', base: '/a.b+c/' }],
    [{ SITE_URL: 'https://docs.example.com/' }, { site: 'https://docs.example.com', base: '/keras/' }],
    [{ SITE_URL: 'http://127.0.0.1:4321' }, { site: 'http://127.0.0.1:4321', base: '/keras/' }],
  ])('%o → %o', (env, expected) => {
    expect(parseDeployment(env, defaults)).toEqual(expected);
  });

  it.each([
    [{ SITE_BASE: '/with space/' }, 'SITE_BASE=/with space/ is not a URL path the site can live under'],
    [{ SITE_BASE: '/../' }, 'SITE_BASE=/../ is not a URL path'],
    [{ SITE_BASE: '/a/./b/' }, 'no . or .. parts'],
    [{ SITE_BASE: 'keras/' }, 'SITE_BASE=keras/ is not a URL path'],
    [{ SITE_BASE: '//evil.example/' }, 'SITE_BASE=//evil.example/ is not a URL path'],
    [{ SITE_BASE: '/a;b/' }, 'e.g. SITE_BASE=/keras/'],
    [{ SITE_BASE: '/$uri/' }, 'is not a URL path'],
    [{ SITE_URL: 'javascript:alert(1)' }, 'SITE_URL=javascript:alert(1) must be an http or https URL'],
    [{ SITE_URL: 'example.org' }, 'SITE_URL=example.org is not a URL'],
    [
      { SITE_URL: 'https://example.com/docs' },
      'SITE_URL=https://example.com/docs has a path: set the origin and the path apart, SITE_URL=https://example.com SITE_BASE=/docs/',
    ],
  ])('refuses %o', (env, message) => {
    expect(() => parseDeployment(env, defaults)).toThrow(message);
  });
});

describe('a base with pattern characters', () => {
  it('is escaped in nginx’s regular expressions, and literal in its prefixes', () => {
    const conf = nginxSite({ base: '/a.b+c/', csp: "default-src 'self'", redirects: [] });
    expect(conf).toContain('location ~ ^/a\\.b\\+c/(_headers|_redirects|_nginx/) {');
    expect(conf).toContain('location ~ ^/a\\.b\\+c/.*\\.md$ {');
    expect(conf).toContain('location /a.b+c/ {');
    expect(conf).not.toMatch(/~ \^\/a\.b\+c/);
  });
});
