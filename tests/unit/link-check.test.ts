import { describe, expect, it } from 'vitest';
import { anchorIndex } from '../../src/lib/anchors/model';
import { checkLinks, linksIn } from '../../src/lib/anchors/link-check.js';

describe('linksIn', () => {
  it.each([
    ['inline', 'See [a](https://x.org/a/).', [{ url: 'https://x.org/a/', line: 1 }]],
    ['reference', 'See [a][r].\n\n[r]: https://x.org/r/', [{ url: 'https://x.org/r/', line: 3 }]],
    ['bare URL', 'Text\nhttps://x.org/bare/ here', [{ url: 'https://x.org/bare/', line: 2 }]],
    ['raw HTML', '<p><a href="https://x.org/h/">h</a></p>', [{ url: 'https://x.org/h/', line: 1 }]],
    ['code is not a link', '`https://x.org/code/`\n\n```\nhttps://x.org/block/\n```', []],
  ])('%s', (_, markdown, expected) => {
    expect(linksIn(markdown)).toEqual(expected);
  });
});

describe('checkLinks', () => {
  const index = anchorIndex(
    [
      {
        id: 'alpha',
        data: { title: 'Alpha', description: 'A.', order: 1 },
        headings: [{ id: 'details', text: 'Details' }],
      },
    ],
    'https://x.org',
    '/sec/',
  );
  it('checks only links into the site, and reports those that do not resolve', () => {
    const source = [
      '[ok](https://x.org/sec/alpha/#Details)',
      '[gone](https://x.org/sec/beta/)',
      '[no heading](https://x.org/sec/alpha/#summary)',
      '[other site](https://y.org/sec/alpha/#nope)',
      '[outside the base](https://x.org/blog/)',
    ].join('\n\n');
    expect(checkLinks(index, [{ file: 'README.md', source }])).toEqual({
      checked: 3,
      broken: [
        { file: 'README.md', line: 3, url: 'https://x.org/sec/beta/', reason: 'no page /beta/' },
        {
          file: 'README.md',
          line: 5,
          url: 'https://x.org/sec/alpha/#summary',
          reason: 'no heading #summary on /alpha/',
        },
      ],
    });
  });
});
