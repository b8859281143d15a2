import { describe, expect, it } from 'vitest';
import { anchorIndex } from '../../src/lib/anchors/model';
import { checkLinks, deepestNesting, linksIn, nestingLimit } from '../../src/lib/anchors/link-check.js';

describe('linksIn', () => {
  it.each([
    ['inline', 'See [a](https://x.org/a/).', [{ url: 'https://x.org/a/', line: 1 }]],
    ['reference', 'See [a][r].\n\n[r]: https://x.org/r/', [{ url: 'https://x.org/r/', line: 3 }]],
    ['bare URL', 'Text\nhttps://x.org/bare/ here', [{ url: 'https://x.org/bare/', line: 2 }]],
    ['raw HTML', '<p><a href="https://x.org/h/">h</a></p>', [{ url: 'https://x.org/h/', line: 1 }]],
    ['code is not a link', '`https://x.org/code/`\n\n```\nhttps://x.org/block/\n```', []],
    [
      'character references in an href, as a browser reads them',
      '<a href="https://x.org/a/&#35;b">1</a> <a href=\'https://x.org/&#x61;/&amp;\'>2</a>',
      [
        { url: 'https://x.org/a/#b', line: 1 },
        { url: 'https://x.org/a/&', line: 1 },
      ],
    ],
    [
      'text inside a link is no link of its own',
      '[see https://x.org/in/](https://x.org/out/)',
      [{ url: 'https://x.org/out/', line: 1 }],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(linksIn(markdown)).toEqual(expected);
  });

  it.each([
    ['10,000 quotes on one line', `${'>'.repeat(10_000)} https://x.org/deep/`, 1],
    [
      '10,000 quotes, then lines that continue the quote',
      `${'> '.repeat(10_000)}quoted\n${'more\n'.repeat(3)}[d](https://x.org/deep/)`,
      5,
    ],
  ])('%s: read without a recursion limit', (_, markdown, line) => {
    expect(linksIn(markdown)).toEqual([{ url: 'https://x.org/deep/', line }]);
  });
});

describe('deepestNesting', () => {
  it.each([
    ['plain text', 0],
    ['> quote', 1],
    ['> > - list in quotes', 3],
    ['>>>> tight', 4],
    ['      - indented', 4],
    ['1. 2) - * + mixed', 5],
    ['3.14 is no list', 0],
  ])('%j → %i', (line, depth) => {
    expect(deepestNesting(`intro\n\n${line}\n`)).toBe(depth);
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
      scanned: [],
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

describe('checkLinks on text nested past the parser’s good time', () => {
  const index = anchorIndex([], 'https://x.org', '/sec/');
  it(`reads a file nested more than ${nestingLimit} levels deep in one pass, and says so`, () => {
    const source = `${'>'.repeat(nestingLimit + 1)} https://x.org/sec/gone/`;
    expect(checkLinks(index, [{ file: 'deep.md', source }])).toEqual({
      checked: 1,
      broken: [{ file: 'deep.md', line: 1, url: 'https://x.org/sec/gone/', reason: 'no page /gone/' }],
      scanned: [{ file: 'deep.md', reason: `quotes or lists nested ${nestingLimit + 1} levels deep` }],
    });
  });
});
