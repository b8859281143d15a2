import { describe, expect, it } from 'vitest';
import glossary from '../../src/data/security-glossary.json' with { type: 'json' };
import { glossaryMatcher, glossaryTermsOf, stems } from '../../src/lib/search/glossary';
import { spanTexts } from '../../src/lib/search/span-texts';

const entries = [
  { terms: ['XSS', 'cross-site scripting'], means: ['script injection', 'malicious script'] },
  { terms: ['sandbox'], means: ['isolated environment'] },
  { terms: ['zero-day', '0day'], means: ['not yet public', 'unpatched vulnerability'] },
];
const match = glossaryMatcher(entries);

describe('glossaryMatcher: the jargon a text is about, in its own plain words', () => {
  it.each([
    ['to mitigate script injection risks', ['XSS', 'cross-site scripting']],
    // Stems: "isolated environments" is "isolated environment".
    ['run your models in isolated environments', ['sandbox']],
    ['Malicious scripts can run', ['XSS', 'cross-site scripting']],
    ['an unpatched vulnerability', ['zero-day', '0day']],
    // Words apart are not the phrase.
    ['a script for injection', []],
    ['nothing about it', []],
    // A text that uses the term itself needs nothing added for it.
    ['use a sandbox, an isolated environment', []],
    ['XSS through script injection', ['cross-site scripting']],
    // Glossary order, whatever the order of the text.
    ['an unpatched vulnerability by script injection', ['XSS', 'cross-site scripting', 'zero-day', '0day']],
  ])('%s → %j', (text, expected) => {
    expect(match(text)).toEqual(expected);
  });
});

describe('stems', () => {
  it.each([
    ['Isolated environments', ['isol', 'environ']],
    ['pre-processing', ['preprocess']],
  ])('%s → %j', (text, expected) => {
    expect(stems(text)).toEqual(expected);
  });
});

const page = `<html><body><h1 id="untrusted-inputs">Untrusted inputs</h1>
<div data-pagefind-body><p>Some text about script injection.</p>
<div class="heading"><h3 id="containment">Containment</h3><a class="anchor" href="#containment">Section titled “Containment”</a></div>
<p>Use an <em>isolated</em> environment.</p>
<h3 id="other">Other</h3><p>Nothing.</p></div></body></html>`;

describe('spanTexts: a section page by span, as search ranks it', () => {
  it('gives the text before the first heading to the title, and each heading its own', () => {
    expect(Object.fromEntries(spanTexts(page))).toEqual({
      'untrusted-inputs': 'Some text about script injection.',
      containment: 'Containment Use an isolated environment.',
      other: 'Other Nothing.',
    });
  });
});

describe('glossaryTermsOf', () => {
  it("gives each span the glossary's terms it is about, less its own", () => {
    const own = new Map([['untrusted-inputs', ['xss']]]);
    expect(Object.fromEntries(glossaryTermsOf(page, own, match))).toEqual({
      'untrusted-inputs': ['cross-site scripting'],
      containment: ['sandbox'],
    });
  });
});

describe('the glossary itself', () => {
  const terms = glossary.entries.flatMap((entry) => entry.terms.map((term) => term.toLowerCase()));
  it('has a few hundred entries, each with terms and plain phrases', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(200);
    for (const entry of glossary.entries) {
      expect(entry.terms.length, JSON.stringify(entry)).toBeGreaterThan(0);
      expect(entry.means.length, JSON.stringify(entry)).toBeGreaterThan(0);
    }
  });
  it('gives each term one meaning', () => {
    expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
  });
  it('names as broader only a term of another entry', () => {
    for (const entry of glossary.entries as { terms: string[]; broader?: string }[])
      if (entry.broader) {
        expect(terms, entry.broader).toContain(entry.broader.toLowerCase());
        expect(
          entry.terms.map((term) => term.toLowerCase()),
          entry.broader,
        ).not.toContain(entry.broader.toLowerCase());
      }
  });
  it('holds no phrase that is only a stop word or empty', () => {
    for (const entry of glossary.entries)
      for (const phrase of entry.means) expect(stems(phrase).length, phrase).toBeGreaterThan(0);
  });
});

describe('withSearchTerms with the glossary', () => {
  it("indexes a span's own terms, then the glossary's, each counted in metadata of its own", async () => {
    const { withSearchTerms } = await import('../../src/lib/search/terms-in-page');
    const { load } = await import('cheerio');
    const $ = load(
      withSearchTerms(page, new Map([['containment', ['jail']]]), new Map([['containment', ['sandbox']]])),
    );
    // Pagefind reads `key:value` to the end of the attribute: one key per element.
    expect($('[data-pagefind-body]').attr('data-pagefind-meta')).toBe('terms:containment=1');
    expect($('[data-pagefind-meta^="glossary:"]').attr('data-pagefind-meta')).toBe('glossary:containment=1');
    expect(
      $('[data-pagefind-body] p')
        .map((_, p) => $(p).text())
        .get(),
    ).toEqual([
      'Some text about script injection.',
      'Use an isolated environment.',
      'jail.',
      'sandbox.',
      'Nothing.',
    ]);
  });
});
