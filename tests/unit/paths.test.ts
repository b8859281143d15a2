import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/lib/fragment';
import { absoluteUrl, isSitePath, joinBase, sectionPath } from '../../src/lib/paths';

describe('joinBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/data-privacy/', '/data-privacy/'],
    ['/', '#model-sharing', '/#model-sharing'],
    ['/keras/', '/', '/keras/'],
    ['/keras/', '', '/keras/'],
    ['/keras/', '/data-privacy/', '/keras/data-privacy/'],
    ['/keras', '/data-privacy/', '/keras/data-privacy/'],
    ['/keras/security/', '/multi-tenant/#model-sharing', '/keras/security/multi-tenant/#model-sharing'],
    ['/keras/', '#x', '/keras/#x'],
    ['/keras/', '?q=hash', '/keras/?q=hash'],
    ['/keras/', 'favicon.svg', '/keras/favicon.svg'],
  ])('base %j + %j = %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('isSitePath', () => {
  it.each([
    ['/data-privacy/', true],
    ['/', true],
    ['//cdn.example/x', false],
    ['#x', false],
    ['https://github.com', false],
    ['data-privacy/', false],
  ])('%j → %j', (href, expected) => {
    expect(isSitePath(href)).toBe(expected);
  });
});

describe('sectionPath and absoluteUrl', () => {
  it.each([
    ['multi-tenant', '/multi-tenant/'],
    ['reporting', '/reporting/'],
  ])('sectionPath(%j) = %j', (slug, expected) => {
    expect(sectionPath(slug)).toBe(expected);
  });

  it.each([
    [
      '/keras/multi-tenant/#model-sharing',
      'https://elasticprovisioner.github.io',
      'https://elasticprovisioner.github.io/keras/multi-tenant/#model-sharing',
    ],
    ['/', 'https://example.org/', 'https://example.org/'],
  ])('absoluteUrl(%j, %j) = %j', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });
});

describe('fragmentId', () => {
  it.each([
    ['#model-sharing', 'model-sharing'],
    ['#caf%C3%A9', 'café'],
    ['#%E0%A4%A', '%E0%A4%A'],
    ['#%', '%'],
    ['#__proto__', '__proto__'],
    ['', ''],
    ['no-hash', 'no-hash'],
  ])('%j names %j', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });
});
