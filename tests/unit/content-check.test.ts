import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { mdxComponentNames } from '../../src/lib/constants';
import { contentErrorCases } from '../helpers/content-error-cases';
import { readFixture } from '../helpers/fixtures';

const check = (name: string) =>
  checkContent(readFixture(name), { components: mdxComponentNames }).issues.map(formatIssue);

describe('content check', () => {
  it('passes a valid policy', () => {
    expect(check('valid')).toEqual([]);
  });

  it.each(contentErrorCases)(
    '$fixture: reports the file, the line and what to write',
    ({ fixture, expected }) => {
      const report = check(fixture);
      for (const line of expected)
        expect(
          report.some((issue) => issue.startsWith(line)),
          `${line}\nin\n${report.join('\n')}`,
        ).toBe(true);
      expect(report).toHaveLength(expected.length);
    },
  );

  it('reports every problem at once, in file and line order', () => {
    const files = [
      ...readFixture('skipped-heading'),
      ...readFixture('broken-page-link').map((f) => ({
        ...f,
        file: 'policy/zeta.mdx',
        source: f.source.replace('order: 1', 'order: 2').replace('title: Alpha', 'title: Zeta'),
      })),
    ];
    const report = checkContent(files, { components: mdxComponentNames }).issues.map(formatIssue);
    expect(report.map((line) => line.split(':').slice(0, 2).join(':'))).toEqual([
      'policy/alpha.mdx:13',
      'policy/zeta.mdx:7',
    ]);
  });

  it('says so when there are no sections at all', () => {
    expect(checkContent([], { components: mdxComponentNames }).issues.map(formatIssue)).toEqual([
      '(content):1: no policy sections found: add an .mdx file per section',
    ]);
  });

  it('finds no problem in the real policy', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('content/policy').map((name) => ({
      file: `content/policy/${name}`,
      source: readFileSync(`content/policy/${name}`, 'utf8'),
    }));
    expect(checkContent(files, { components: mdxComponentNames }).issues).toEqual([]);
  });
});

describe('deeply nested text', () => {
  it.each([
    [
      'a list',
      (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    ],
    ['quotes', (depth: number) => `${'> '.repeat(depth)}text`],
    // `>>>` is three quotes: no space is needed between the markers (10,000 overflowed the parser).
    ['quotes without spaces', (depth: number) => `${'>'.repeat(depth * 4)} text`],
    ['markers on one line', (depth: number) => `${'- '.repeat(depth)}text`],
  ])('%s 3,000 levels deep is refused at once, with its line', (_, nested) => {
    const source = `---\ntitle: Alpha\ndescription: Deep.\norder: 1\n---\n\n${nested(3000)}\n`;
    const started = performance.now();
    const report = checkContent([{ file: 'policy/alpha.mdx', source }], {
      components: mdxComponentNames,
    }).issues.map(formatIssue);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(report[0]).toMatch(
      /^policy\/alpha\.mdx:\d+: lists or quotes nested \d+ levels deep: .* more than 16 is refused; flatten it$/,
    );
  });

  it('three levels of list are fine', () => {
    const source = `---\ntitle: Alpha\ndescription: Fine.\norder: 1\n---\n\n- one\n  - two\n    - three\n`;
    expect(
      checkContent([{ file: 'policy/alpha.mdx', source }], { components: mdxComponentNames }).issues,
    ).toEqual([]);
  });
});

describe('links to the site’s own pages', () => {
  const links = (lines: string[]) =>
    checkContent(
      [
        {
          file: 'policy/alpha.mdx',
          source: `---\ntitle: Alpha\ndescription: Links.\norder: 1\n---\n\n## Details\n\n${lines.map((url) => `[l](${url})`).join('\n\n')}\n`,
        },
      ],
      { components: mdxComponentNames, advisories: ['GHSA-aaaa-bbbb-cccc'] },
    ).issues.map(formatIssue);

  it.each([
    '/changes/',
    '/changes',
    '/changes/feed.xml',
    '/advisories/',
    '/advisories/feed.xml',
    '/advisories/osv/index.json',
    '/advisories/GHSA-aaaa-bbbb-cccc/',
    '/advisories/GHSA-aaaa-bbbb-cccc',
    '/advisories/osv/GHSA-aaaa-bbbb-cccc.json',
    '/SECURITY.md',
    '/SECURITY.md#details',
    '/alpha.md',
    '/alpha.md#details',
    '/llms.txt',
    '/.well-known/security.txt',
    '/policy/',
    '/favicon.svg',
    '/alpha/?utm=1',
    '/alpha/?x=1#details',
    '/?x=1',
  ])('%s is a page the site publishes', (url) => {
    expect(links([url])).toEqual([]);
  });

  it.each([
    ['/beta.md', 'link to "/beta.md": there is no page /beta.md;'],
    ['/alpha.md#nope', 'link to "/alpha.md#nope": /alpha.md has no heading with id "nope"'],
    ['/llms.txt#x', 'link to "/llms.txt#x": /llms.txt has no headings to link to: leave out #x'],
    ['/changes/x/', 'link to "/changes/x/": there is no page /changes/x/;'],
    [
      '/advisories/anything/',
      'link to "/advisories/anything/": there is no advisory anything (content/advisories/anything.mdx); the advisories are GHSA-aaaa-bbbb-cccc',
    ],
    [
      '/advisories/osv/GHSA-zzzz-zzzz-zzzz.json',
      'link to "/advisories/osv/GHSA-zzzz-zzzz-zzzz.json": there is no advisory GHSA-zzzz-zzzz-zzzz',
    ],
    ['/alpha/?x=1#nope', 'link to "/alpha/?x=1#nope": /alpha/ has no heading with id "nope"'],
  ])('%s is refused: %s', (url, message) => {
    expect(links([url])).toEqual([expect.stringContaining(`policy/alpha.mdx:9: ${message}`)]);
  });
});
