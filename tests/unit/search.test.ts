import { describe, expect, it } from 'vitest';
import { landingOf } from '../../src/lib/search-landing';
import { searchTermWeight, withSearchTerms } from '../../src/lib/search-record';
import { searchTermsByHeading } from '../../src/lib/search-terms';

const sub = (url: string, ...scores: number[]) => ({
  url,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('landingOf', () => {
  it.each([
    {
      name: 'no sub-results',
      result: { url: '/a/', sub_results: [] },
      expected: { page: '/a/', heading: undefined },
    },
    {
      name: 'the root sub-result wins',
      result: { url: '/a/', sub_results: [sub('/a/', 5), sub('/a/#x', 1, 1)] },
      expected: { page: '/a/', heading: undefined },
    },
    {
      name: 'the best-scoring heading wins, whatever its place',
      result: { url: '/a/', sub_results: [sub('/a/', 1), sub('/a/#x', 2), sub('/a/#y', 2, 3)] },
      expected: { page: '/a/', heading: 'y' },
    },
  ])('$name', ({ result, expected }) => {
    expect(landingOf(result)).toEqual(expected);
  });
});

describe('searchTermsByHeading', () => {
  it.each([
    { terms: undefined, expected: [] },
    { terms: ['XSS', 'checksum'], expected: [['title', ['XSS', 'checksum']]] },
    {
      terms: { x: ['a'], title: ['b'] },
      expected: [
        ['x', ['a']],
        ['title', ['b']],
      ],
    },
  ])('%o', ({ terms, expected }) => {
    expect([...searchTermsByHeading(terms, 'title')]).toEqual(expected);
  });
});

const page = `<main><div class="heading"><h1 id="t">T</h1></div><nav>toc</nav><div data-pagefind-body><p>Intro.</p><div class="heading"><h2 id="a">A</h2><a>#</a></div><p>About A.</p><div class="heading"><h2 id="b">B</h2></div><p>About B.</p></div></main>`;
const texts = (html: string) =>
  [...html.matchAll(/<(p|h\d)[^>]*>([^<]*)</g)].map(([, tag, text]) => `${tag}:${text}`);

describe('withSearchTerms', () => {
  it.each([
    {
      name: 'title terms end the text before the first subsection',
      terms: { t: ['XSS'] },
      expected: ['h1:T', 'p:Intro.', 'p:XSS.', 'h2:A', 'p:About A.', 'h2:B', 'p:About B.'],
    },
    {
      name: 'heading terms end that subsection',
      terms: { a: ['DoS', 'quota'] },
      expected: ['h1:T', 'p:Intro.', 'h2:A', 'p:About A.', 'p:DoS, quota.', 'h2:B', 'p:About B.'],
    },
    {
      name: 'the last subsection’s terms end the body',
      terms: { b: ['Rowhammer'] },
      expected: ['h1:T', 'p:Intro.', 'h2:A', 'p:About A.', 'h2:B', 'p:About B.', 'p:Rowhammer.'],
    },
  ])('$name', ({ terms, expected }) => {
    const html = withSearchTerms(page, new Map(Object.entries(terms)));
    expect(texts(html)).toEqual(expected);
    expect(html).toContain(`data-pagefind-weight="${searchTermWeight}"`);
  });

  it('leaves a page without terms as it is', () => {
    expect(withSearchTerms(page, new Map())).toBe(page);
  });

  it('fails for a heading the page does not have', () => {
    expect(() => withSearchTerms(page, new Map([['nope', ['x']]]))).toThrow(
      'search terms for #nope: the page has no element with that id',
    );
  });

  it('escapes the terms as text', () => {
    expect(withSearchTerms(page, new Map([['a', ['<script>']]]))).toContain('&lt;script&gt;.');
  });
});
