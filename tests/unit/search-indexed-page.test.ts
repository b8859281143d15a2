import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { glossaryMatcher, glossaryTermsOf } from '../../src/lib/search/glossary';
import { indexedPage, indexedText } from '../../src/lib/search/indexed-page';
import { spanTexts } from '../../src/lib/search/span-texts';
import { withSearchTerms } from '../../src/lib/search/terms-in-page';
import { withTitle } from '../../src/lib/search/title-in-page';

const match = glossaryMatcher([
  { terms: ['XSS'], means: ['script injection'] },
  { terms: ['sandbox'], means: ['isolated environment'] },
]);

const section = (body: string) =>
  `<html><body><h1 id="t">Title</h1><div data-pagefind-body>${body}</div></body></html>`;
const heading = (id: string) =>
  `<div class="heading"><h2 id="${id}">${id}</h2><a class="anchor" href="#${id}">Section titled ${id}</a></div>`;

// The page as each step made it when each parsed the page again: one parse must give the same.
function eachStepAlone(html: string, own: Map<string, string[]>) {
  const content = withSearchTerms(withTitle(html), own, glossaryTermsOf(html, own, match));
  return { content, text: indexedText(load(content)) };
}

describe('indexedPage: one parse of a page gives what the steps gave each on its own', () => {
  it.each([
    { name: 'title, glossary terms', html: section(`<p>About script injection.</p>${heading('a')}<p>x</p>`) },
    {
      name: 'own terms and the glossary’s under a heading',
      html: section(`<p>Intro.</p>${heading('a')}<p>An <em>isolated</em> environment.</p>`),
      own: { a: ['jail'], t: ['XSS'] },
    },
    {
      name: 'no title: only terms',
      html: `<main><div data-pagefind-body>${heading('a')}<p>script injection</p></div></main>`,
    },
    {
      name: 'nothing to add: the page as it was',
      html: `<main><div data-pagefind-body><p>Plain.</p></div></main>`,
    },
  ])('$name', ({ html, own = {} }) => {
    const terms = new Map(Object.entries(own));
    expect(indexedPage(html, terms, match)).toEqual(eachStepAlone(html, terms));
  });

  it('leaves a page it adds nothing to byte for byte as it was', () => {
    const html = `<main><div data-pagefind-body><p>Plain &amp; simple.</p></div></main>`;
    expect(indexedPage(html, new Map(), match).content).toBe(html);
  });
});

describe('spanTexts of a parsed page', () => {
  it('leaves the page as it was: the anchors it passes over stay in it', () => {
    const $ = load(section(`${heading('a')}<p>x</p>`));
    const before = $.html();
    expect(Object.fromEntries(spanTexts($))).toEqual({ a: 'a x' });
    expect($.html()).toBe(before);
  });
});
