// A long file is parsed in pieces for speed: the tree must be the one a single parse gives,
// and no step of the import may search the whole result once per line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largePolicy } from '../../bench/import-inputs';
import { lostLines } from '../../src/lib/import/lost-lines';
import { cutPoints, parseInPieces } from '../../src/lib/markdown/pieces';
import { parseMarkdown } from '../../src/lib/markdown/github-markdown';
import { fixtureNames, securityMdFixtures, upstreamKeras } from '../helpers/import';

const files = [...fixtureNames.map((name) => join(securityMdFixtures, name)), upstreamKeras];

describe('parsing in pieces gives the tree of one parse', () => {
  it.each(files)('%s, cut at every heading it may be cut at', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(parseMarkdown(source, 1)).toEqual(parseMarkdown(source, Infinity));
  });

  it.each([
    [
      'references and footnotes defined in another piece',
      '# A\n\nSee [x][ref] and [^n].\n\n## B\n\n[ref]: https://e.org\n\n[^n]: A note.\n',
    ],
    ['a heading inside fenced code', '# A\n\n```\n\n# not a heading\n```\n\n## B\n\ntext\n'],
    ['a heading inside an HTML comment', '# A\n\n<!--\n\n# not a heading\n-->\n\n## B\n'],
    ['a heading ending a list and a quote', '# A\n\n- item\n\n  more\n\n# B\n\n> quote\n\n## C\n'],
  ])('%s', (_, source) => {
    expect(parseMarkdown(source, 1)).toEqual(parseMarkdown(source, Infinity));
  });
});

describe('where a file may be cut', () => {
  it.each([
    ['# A\n\n## B\n', [5]],
    ['# A\n## B\n', []], // no blank line before: left whole
    ['# A\n\n```\n\n## B\n```\n\n## C\n', [20]],
    ['# A\n\n<pre>\n\n## B\n</pre>\n\n## C\n', [25]],
    ['# A\n\n    ## indented\n', []],
  ])('%j → %j', (source, cuts) => {
    expect(cutPoints(source)).toEqual(cuts);
  });
});

describe('a long file is parsed piece by piece', () => {
  it('a generated 1 MB file: no parse of more than 128 KiB (one parse of it all was quadratic)', () => {
    const source = largePolicy(1024 * 1024);
    const lengths: number[] = [];
    // Only the pieces' lengths matter here: nothing is parsed.
    parseInPieces(source, (text) => (lengths.push(text.length), { type: 'root', children: [] }), 64 * 1024);
    expect(lengths.length).toBeGreaterThan(8);
    expect(Math.max(...lengths)).toBeLessThan(128 * 1024);
  });
});

describe('the check that no line is lost', () => {
  it.each([
    { texts: ['a b', 'c'], placed: 'ab\nc', lost: [] },
    // Out of the file's order (a footnote moved to the section citing it): still found.
    { texts: ['late', 'early'], placed: 'early\nlate', lost: [] },
    { texts: ['a', 'gone', 'c'], placed: 'a c', lost: ['gone'] },
  ])('$texts in $placed', ({ texts, placed, lost }) => {
    const entries = texts.map((text, i) => ({ line: i + 1, text }));
    expect(lostLines(entries, placed).map((entry) => entry.text)).toEqual(lost);
  });
});
