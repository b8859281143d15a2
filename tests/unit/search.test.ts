import { describe, expect, it } from 'vitest';
import { withSearchTerms } from '../../src/lib/search/terms-in-page';
import { searchTermsByHeading } from '../../src/lib/search/terms';
import { withTitle } from '../../src/lib/search/title-in-page';
import { prefetchedPages, warmUpOf } from '../../src/lib/search/warm-up';

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
      meta: '=1',
    },
    {
      name: 'heading terms end that subsection',
      terms: { a: ['DoS', 'quota'] },
      expected: ['h1:T', 'p:Intro.', 'h2:A', 'p:About A.', 'p:DoS, quota.', 'h2:B', 'p:About B.'],
      meta: 'a=2',
    },
    {
      name: 'the last subsection’s terms end the body',
      terms: { b: ['Rowhammer'] },
      expected: ['h1:T', 'p:Intro.', 'h2:A', 'p:About A.', 'h2:B', 'p:About B.', 'p:Rowhammer.'],
      meta: 'b=1',
    },
    {
      name: 'terms of several headings, counted by words',
      terms: { t: ['cross-site scripting', 'XSS'], b: ['side channel'] },
      expected: [
        'h1:T',
        'p:Intro.',
        'p:cross-site scripting, XSS.',
        'h2:A',
        'p:About A.',
        'h2:B',
        'p:About B.',
        'p:side channel.',
      ],
      meta: '=3;b=2',
    },
  ])('$name', ({ terms, expected, meta }) => {
    const html = withSearchTerms(page, new Map(Object.entries(terms)));
    expect(texts(html)).toEqual(expected);
    // How many words of terms end each span, so search can tell them from the policy's text.
    expect(html).toContain(`<div data-pagefind-body="" data-pagefind-meta="terms:${meta}">`);
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

describe('withTitle', () => {
  it('puts the page title at the start of the indexed text, weighted as a title', () => {
    const html = withTitle(page);
    expect(texts(html)).toEqual(['h1:T', 'p:T', 'p:Intro.', 'h2:A', 'p:About A.', 'h2:B', 'p:About B.']);
    expect(html).toContain('<div data-pagefind-body=""><p data-pagefind-weight="7">T</p>');
  });

  it('leaves a page without a title or indexed text as it is', () => {
    expect(withTitle('<main><p>x</p></main>')).toBe('<main><p>x</p></main>');
  });
});

describe('warmUpOf', () => {
  const entry = {
    languages: {
      de: { hash: 'de_1', wasm: 'de', page_count: 2 },
      en: { hash: 'en_2', wasm: null, page_count: 4 },
    },
  };
  const files = [
    'pagefind.js',
    'pagefind-entry.json',
    'wasm.de.pagefind',
    'wasm.unknown.pagefind',
    'index/en_b.pf_index',
    'index/en_a.pf_index',
    'index/de_c.pf_index',
    'fragment/en_f.pf_fragment',
    'fragment/de_g.pf_fragment',
    'filter/en_h.pf_filter',
  ];
  it.each([
    {
      name: 'the entry under its tag, then the language with most pages: the WebAssembly Pagefind picks, its own chunks',
      pages: 4,
      expected: [
        'pagefind-entry.json?ts=t%2F1',
        'pagefind.en_2.pf_meta',
        'wasm.unknown.pagefind',
        'index/en_a.pf_index',
        'index/en_b.pf_index',
        'fragment/en_f.pf_fragment',
      ],
    },
    {
      name: 'a policy too large to fetch all its text warms up only the entry, engine and metadata',
      pages: prefetchedPages + 1,
      expected: ['pagefind-entry.json?ts=t%2F1', 'pagefind.en_2.pf_meta', 'wasm.unknown.pagefind'],
    },
    {
      name: 'the other language when it has more pages',
      pages: 1,
      expected: [
        'pagefind-entry.json?ts=t%2F1',
        'pagefind.de_1.pf_meta',
        'wasm.de.pagefind',
        'index/de_c.pf_index',
        'fragment/de_g.pf_fragment',
      ],
    },
  ])('$name', ({ pages, expected }) => {
    const sized = { languages: { ...entry.languages, en: { ...entry.languages.en, page_count: pages } } };
    expect(warmUpOf(sized, 't/1', files)).toEqual({ entryTag: 't/1', files: expected });
  });

  it('the English word weights, which every ranking reads, last, when the build wrote them', () => {
    expect(warmUpOf(entry, 't', [...files, 'weights.txt']).files.at(-1)).toBe('weights.txt');
    expect(warmUpOf(entry, 't', files).files).not.toContain('weights.txt');
  });

  it('an index with no language warms up the entry alone', () => {
    expect(warmUpOf({ languages: {} }, 'x', files)).toEqual({
      entryTag: 'x',
      files: ['pagefind-entry.json?ts=x'],
    });
  });
});
