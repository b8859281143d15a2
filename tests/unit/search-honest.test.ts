// Honest matching: a word counts as found only where the page's word reads as it, not where
// Pagefind's fallback found a word that merely starts like it.
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/lib/search/page-text';
import { rank, type WordHits } from '../../src/lib/search/rank';
import { parseQuery, queryTokens, readsAs } from '../../src/lib/search/words';

describe('readsAs', () => {
  it.each([
    ['model', 'model', true],
    ['models', 'model', true],
    ['isolation', 'isol', true],
    ['isolation', 'isolating', true],
    ['Multi-Tenant', 'tenant', true],
    ['Multi-Tenant', 'multitenant', true],
    ['zero-day,', 'day', true],
    // What Pagefind's prefix fallback answers for words the page lacks.
    ['to', 'token', false],
    ['co-tenancy,', 'cookie', false],
    ['memory', 'memorising', false],
    ['in', 'injcetion', false],
    ['accept', 'access', false],
    // A stem of a stop word's length says nothing: "Do not disclose" is no "doing", nor DoS.
    ['Do', 'doing', false],
    ['DoS', 'doing', false],
    ['us', 'using', false],
  ])('%j reads as %j: %s', (pageWord, searched, expected) => {
    expect(readsAs(pageWord, searched)).toBe(expected);
  });
});

describe('readsAs, for a whole word (one searched in place of a typed word)', () => {
  it.each([
    ['note', 'no', false],
    ['user', 'use', false],
    ['models', 'model', true],
    ['isolating', 'isolation', true],
  ])('%j reads as the whole word %j: %s', (pageWord, searched, expected) => {
    expect(readsAs(pageWord, searched, true)).toBe(expected);
  });
});

describe('queryTokens', () => {
  it.each([
    ['out-of-scope', ['out', 'of', 'scope']],
    ['Zero-day exploits', ['zero', 'day', 'exploits']],
    ['side–channel', ['side', 'channel']],
    ['snake_case', ['snake_case']],
  ])('%j → %j', (query, expected) => {
    expect(queryTokens(query)).toEqual(expected);
  });

  it('out-of-scope searches for scope, as a phrase with its small words', () => {
    expect(parseQuery('out-of-scope')).toEqual({
      tokens: ['out', 'of', 'scope'],
      words: [{ word: 'scope', position: 2 }],
    });
  });
});

const page = (id: string, text: string): PageText => ({
  id,
  url: `/${id}/`,
  title: id,
  words: text.split(/\s+/),
  anchors: [],
  termWords: new Map(),
});

/** Pagefind's answer when a word is missing: any word that starts like a shorter prefix of it. */
function fallbackHits(query: string, pages: PageText[], prefix: (word: string) => string): WordHits[] {
  return parseQuery(query).words.map((word) => ({
    word,
    pages: new Map(
      pages.flatMap((p) => {
        const locations = p.words.flatMap((w, at) =>
          w.toLowerCase().startsWith(prefix(word.word)) ? [at] : [],
        );
        return locations.length > 0 ? [[p.id, { score: 1, locations }] as const] : [];
      }),
    ),
  }));
}

describe('rank counts only real finds', () => {
  const pages = [page('a', 'we ask you to keep it private'), page('b', 'co-tenancy and tokens')];

  it('a word found only through a short prefix is missing, and no page is a result for it', () => {
    const ranking = rank(
      parseQuery('cookie'),
      fallbackHits('cookie', pages, () => 'co'),
      pages,
      2,
    );
    expect(ranking.missing).toEqual(['cookie']);
    expect(ranking.pages).toEqual([]);
  });

  it('"token" is found in "tokens", not in "to"', () => {
    const ranking = rank(
      parseQuery('token'),
      fallbackHits('token', pages, () => 'to'),
      pages,
      2,
    );
    expect(ranking.missing).toEqual([]);
    expect(ranking.pages.map((p) => p.page.id)).toEqual(['b']);
  });
});

describe("the glossary's terms find only what the policy's own words do not", () => {
  // Page b's last two words are the glossary's: "sandbox, XSS."
  const pages = [
    page('a', 'run it in a sandbox'),
    { ...page('b', 'filter the scripts people send sandbox, XSS.'), glossaryWords: new Map([['', 2]]) },
  ];
  const hits = (query: string) => fallbackHits(query, pages, (word) => word);

  it('a word of the text is found in the text, not through the glossary', () => {
    const ranking = rank(parseQuery('sandbox'), hits('sandbox'), pages, 2);
    expect(ranking.pages.map((p) => p.page.id)).toEqual(['a']);
  });

  it('jargon the text lacks is found through the glossary', () => {
    const ranking = rank(parseQuery('xss'), hits('xss'), pages, 2);
    expect(ranking.missing).toEqual([]);
    expect(ranking.pages.map((p) => p.page.id)).toEqual(['b']);
  });
});
