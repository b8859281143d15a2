import { describe, expect, it } from 'vitest';
import { normalizePath, resolveLink, sitePathOf, type AnchorIndex } from '../../src/lib/anchors/index.js';
import { extendLock, lockApplies, lockProblems, parseLock } from '../../src/lib/anchors/lock';
import {
  anchorIndex,
  fragmentMap,
  publishedAnchors,
  type AnchoredSection,
} from '../../src/lib/anchors/model';
import { markdownLink } from '../../src/lib/copy-link';

const sections: AnchoredSection[] = [
  {
    id: 'alpha',
    data: {
      title: 'Alpha',
      description: 'A.',
      order: 1,
      part: 'Using It',
      anchorAliases: { details: ['old-details'] },
    },
    headings: [{ id: 'details', text: 'Details' }],
  },
  { id: 'beta', data: { title: 'Beta', description: 'B.', order: 2, redirectFrom: ['gamma'] }, headings: [] },
];
const index = anchorIndex(sections, 'https://example.org', '/docs/security/');

describe('anchorIndex', () => {
  it('lists every page with its absolute URL and former paths', () => {
    expect(index.site).toBe('https://example.org/docs/security/');
    expect(index.pages.map((p) => [p.path, p.url, p.aliases])).toEqual([
      ['/', 'https://example.org/docs/security/', []],
      ['/policy/', 'https://example.org/docs/security/policy/', []],
      ['/alpha/', 'https://example.org/docs/security/alpha/', []],
      ['/beta/', 'https://example.org/docs/security/beta/', ['/gamma/']],
    ]);
  });

  it.each([
    ['/', ['security-policy', 'using-it', 'alpha', 'beta', 'details']],
    ['/policy/', ['security-policy', 'using-it', 'alpha', 'beta', 'details']],
    ['/alpha/', ['alpha', 'details']],
    ['/beta/', ['beta']],
  ])('%s accepts %j', (path, ids) => {
    expect(index.pages.find((p) => p.path === path)!.anchors.map((a) => a.id)).toEqual(ids);
  });

  it('the overview forwards a section heading to its page', () => {
    const details = index.pages[0]!.anchors.find((a) => a.id === 'details')!;
    expect(details).toEqual({
      id: 'details',
      title: 'Details',
      url: 'https://example.org/docs/security/alpha/#details',
      aliases: ['old-details'],
    });
  });

  it('publishes pages and anchors as site paths', () => {
    expect(publishedAnchors(index)).toContain('/alpha/#details');
    expect(publishedAnchors(index)).toContain('/beta/');
    expect(publishedAnchors(index)).toHaveLength(4 + 5 + 5 + 2 + 1);
  });
});

describe('resolveLink', () => {
  it.each([
    ['/alpha/', '', 'https://example.org/docs/security/alpha/'],
    ['/alpha', 'details', 'https://example.org/docs/security/alpha/#details'],
    ['/alpha/', 'DETAILS', 'https://example.org/docs/security/alpha/#details'],
    ['/alpha/', 'old-details', 'https://example.org/docs/security/alpha/#details'],
    ['/', 'details', 'https://example.org/docs/security/alpha/#details'],
    ['/gamma/', '', 'https://example.org/docs/security/beta/'],
    ['/gamma/', 'beta', 'https://example.org/docs/security/beta/#beta'],
    ['/policy/', 'Old-Details', 'https://example.org/docs/security/policy/#details'],
  ])('%s #%s → %s', (path, fragment, url) => {
    expect(resolveLink(index, path, fragment)).toEqual({ url });
  });

  it.each([
    ['/nope/', '', 'no page /nope/'],
    ['/beta/', 'details', 'no heading #details on /beta/'],
  ])('%s #%s: %s', (path, fragment, reason) => {
    expect(resolveLink(index, path, fragment)).toEqual({ reason });
  });
});

describe('normalizePath and sitePathOf', () => {
  it.each([
    ['alpha', '/alpha/'],
    ['/alpha', '/alpha/'],
    ['/alpha/index.html', '/alpha/'],
    ['/', '/'],
  ])('normalizePath(%j) = %j', (path, expected) => {
    expect(normalizePath(path)).toBe(expected);
  });

  it.each([
    ['https://example.org/docs/security/alpha/#details', { path: '/alpha/', fragment: 'details' }],
    ['https://EXAMPLE.org/docs/security/', { path: '/', fragment: '' }],
    ['https://example.org/docs/security', { path: '/', fragment: '' }],
    ['https://example.org/docs/other/', undefined],
    ['https://other.org/docs/security/alpha/', undefined],
    ['/docs/security/alpha/', undefined],
    ['mailto:someone@example.org', undefined],
  ])('%s', (href, expected) => {
    expect(sitePathOf(index.site, href)).toEqual(expected);
  });
});

describe('fragmentMap', () => {
  it.each([
    ['/', { details: '/docs/security/alpha/#details', 'old-details': '/docs/security/alpha/#details' }],
    ['/alpha/', { 'old-details': '#details' }],
    ['/policy/', { 'old-details': '#details' }],
    ['/beta/', {}],
  ])('%s', (path, expected) => {
    expect(fragmentMap(index.pages.find((p) => p.path === path)!)).toEqual(expected);
  });
});

describe('the anchor lock', () => {
  const locked = { anchors: publishedAnchors(index) };
  const renamed: AnchorIndex = anchorIndex(
    [
      {
        ...sections[0]!,
        data: { ...sections[0]!.data, anchorAliases: undefined },
        headings: [{ id: 'particulars', text: 'Particulars' }],
      },
      sections[1]!,
    ],
    'https://example.org',
    '/docs/security/',
  );

  it('passes when every published address resolves', () => {
    expect(lockProblems(locked, index, () => undefined)).toEqual([]);
  });

  it('names a lost heading once, where it was linked, the file and the alias to add', () => {
    expect(
      lockProblems(locked, renamed, (path) => (path === '/alpha/' ? 'content/policy/alpha.mdx' : undefined)),
    ).toEqual([
      'published heading #details is gone (linked as /#details, /alpha/#details, /policy/#details): keep it with `anchorAliases: { <new id>: [details] }` in the frontmatter of the section that now holds that heading, most likely in content/policy/alpha.mdx',
    ]);
  });

  it('names a lost page and the redirect to add', () => {
    expect(lockProblems({ anchors: ['/delta/', '/delta/#x'] }, index, () => undefined)).toEqual([
      'published page /delta/ is gone (no page /delta/): keep it with `redirectFrom: [delta]` in the frontmatter of the section that replaces it',
    ]);
  });

  it('extends, sorts and never forgets', () => {
    expect(extendLock({ anchors: ['/z/', '/a/'] }, ['/b/', '/a/'])).toEqual({
      anchors: ['/a/', '/b/', '/z/'],
    });
  });

  it('records whose site the addresses are', () => {
    expect(extendLock({ anchors: ['/'] }, ['/a/'], 'https://github.com/o/r')).toEqual({
      repository: 'https://github.com/o/r',
      anchors: ['/', '/a/'],
    });
  });

  it.each([
    [{ anchors: [] }, 'https://github.com/fork/policy', true],
    [{ repository: 'https://github.com/o/r', anchors: [] }, 'https://github.com/o/r', true],
    // A fork publishing its own policy has published none of the original's addresses.
    [{ repository: 'https://github.com/o/r', anchors: ['/a/'] }, 'https://github.com/fork/policy', false],
  ])('lockApplies(%j, %s) is %s', (lock, repository, applies) => {
    expect(lockApplies(lock, repository)).toBe(applies);
  });
});

describe('markdownLink', () => {
  it.each([
    ['Model Sharing', 'https://x.org/a/#model-sharing', '[Model Sharing](https://x.org/a/#model-sharing)'],
    ['Arrays [1]', 'https://x.org/a (b)/', '[Arrays \\[1\\]](https://x.org/a%20%28b%29/)'],
  ])('%j', (title, url, expected) => {
    expect(markdownLink(title, url)).toBe(expected);
  });
});

describe('parseLock', () => {
  it.each([
    ['{"anchors": ["/a/#b"', 'content/anchors.lock.json is not valid JSON ('],
    ['', 'is not valid JSON'],
    ['{"anchors": "x"}', 'content/anchors.lock.json must be {"anchors": ["/path/#id", …]}'],
    ['null', 'must be {"anchors"'],
    ['{"anchors": ["/data-privacy/#"]}', 'lists "/data-privacy/#", an address with an empty fragment'],
  ])('%j is refused: %s', (text, message) => {
    expect(() => parseLock(text, 'content/anchors.lock.json')).toThrow(message);
  });

  it('reads a lock', () => {
    expect(parseLock('{"anchors": ["/", "/a/#b"]}', 'x')).toEqual({ anchors: ['/', '/a/#b'] });
    expect(parseLock('{"repository": "https://github.com/o/r", "anchors": []}', 'x')).toEqual({
      repository: 'https://github.com/o/r',
      anchors: [],
    });
    expect(() => parseLock('{"repository": 3, "anchors": []}', 'x')).toThrow('"repository" must be');
  });
});
