// Content cannot address the page's own machinery: the ids the layout and its scripts use, the
// document's own properties, elements that act on the page, links that run script in disguise.
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { runsScript } from '../../src/lib/content-check/unsafe';
import { mdxComponentNames, pageIds } from '../../src/lib/constants';
import { siteTarget } from '../../src/lib/fragment';

const section = (body: string) => ({
  file: 'policy/alpha.mdx',
  source: `---\ntitle: Alpha\ndescription: A section.\norder: 1\n---\n\n${body}\n`,
});
const check = (body: string) => checkContent([section(body)], { components: mdxComponentNames });
const report = (body: string) => check(body).issues.map(formatIssue);

describe('content that would take over the page is refused with its line', () => {
  it.each([
    [
      '<div id="fragment-map">`{"go":"//evil.example/phish"}`</div>',
      'policy/alpha.mdx:7: id="fragment-map" on <div> is the id the page uses for the map of former ids',
    ],
    [
      '<p id="main">Text</p>',
      'policy/alpha.mdx:7: id="main" on <p> is the id the page uses for the main landmark',
    ],
    [
      '<span id="search-input">x</span>',
      'policy/alpha.mdx:7: id="search-input" on <span> is the id the page uses for the search field',
    ],
    [
      '<img name="querySelector" src="/a.png" alt="a" />',
      'policy/alpha.mdx:7: name="querySelector" on <img> becomes a property of the page\'s document',
    ],
    ['<form name="head"></form>', 'policy/alpha.mdx:7: <form> is not allowed in the policy text'],
    [
      '<meta httpEquiv="refresh" content="0; url=https://evil.example/" />',
      'policy/alpha.mdx:7: <meta> is not allowed in the policy text',
    ],
    [
      '<meta name="moved-to" content="//evil.example/" />',
      'policy/alpha.mdx:7: <meta> is not allowed in the policy text',
    ],
    ['<base href="https://evil.example/" />', 'policy/alpha.mdx:7: <base> is not allowed in the policy text'],
    [
      '<iframe src="https://evil.example/"></iframe>',
      'policy/alpha.mdx:7: <iframe> is not allowed in the policy text',
    ],
    ['[r](java&#x09;script:alert(1))', 'policy/alpha.mdx:7: the link "java\\tscript:alert(1)" runs script'],
    [
      '<a href="java&#x0A;script:alert(1)">r</a>',
      'policy/alpha.mdx:7: href="java\\nscript:alert(1)" on <a> runs script',
    ],
    ['[r](&#x20;JaVaScRiPt:alert(1))', 'policy/alpha.mdx:7: the link " JaVaScRiPt:alert(1)" runs script'],
    [
      '<a href="&#x01;javascript:alert(1)">r</a>',
      'policy/alpha.mdx:7: href="\\u0001javascript:alert(1)" on <a> runs script',
    ],
  ])('%s', (body, expected) => {
    const issues = report(body);
    expect(
      issues.some((issue) => issue.startsWith(expected)),
      issues.join('\n'),
    ).toBe(true);
  });

  it.each([
    ['an old-style anchor', '<a name="reporting"></a>'],
    ['an id of its own', '<p id="my-note">Text</p>'],
    ['a link to a page', '[r](https://example.org/javascript:x)'],
  ])('%s is fine', (_, body) => {
    expect(report(body)).toEqual([]);
  });
});

describe('a heading whose id the page uses gets the next free one', () => {
  it.each(Object.values(pageIds))('%s', (id) => {
    const text = id.replace(/-/g, ' ');
    const { issues, sections } = check(`## ${text}\n\nText.`);
    expect(issues).toEqual([]);
    expect(sections[0]!.headingIds).toEqual([`${id}-1`]);
  });

  it('a section title that would take one is refused, naming what uses it', () => {
    const [issue] = checkContent(
      [{ ...section('Text.'), source: section('Text.').source.replace('title: Alpha', 'title: Main') }],
      { components: mdxComponentNames },
    ).issues.map(formatIssue);
    expect(issue).toMatch(
      /^policy\/alpha\.mdx:2: title "Main" has the id "main", already taken by the page itself, for the main landmark/,
    );
  });
});

describe('runsScript reads a URL as a browser does', () => {
  it.each([
    ['javascript:alert(1)', true],
    ['  javascript:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['java\nscr\ript:alert(1)', true],
    ['\u0000javascript:alert(1)', true],
    ['VBScript:msgbox', true],
    ['data:text/html,<script>', true],
    ['https://example.org/', false],
    ['/javascript:alert(1)', false],
    ['#javascript:', false],
    ['mailto:security@example.org', false],
  ])('%j → %s', (url, expected) => {
    expect(runsScript(url)).toBe(expected);
  });
});

describe('siteTarget: a fragment map entry leads within the site or nowhere', () => {
  const here = 'https://example.org/keras/data-privacy/';
  it.each([
    ['#model-sharing', { fragment: '#model-sharing' }],
    ['/keras/multi-tenant/#model-sharing', { url: 'https://example.org/keras/multi-tenant/#model-sharing' }],
    ['https://example.org/keras/', { url: 'https://example.org/keras/' }],
    ['//evil.example/phish', undefined],
    ['https://evil.example/', undefined],
    ['javascript:alert(1)', undefined],
    ['/\\evil.example/', undefined],
    ['#', undefined],
    ['', undefined],
    [42, undefined],
    [undefined, undefined],
  ])('%j', (target, expected) => {
    expect(siteTarget(target, here)).toEqual(expected);
  });
});
