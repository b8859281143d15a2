// What a result marks: whole words and their stems, never a word inside a longer one.
import { describe, expect, it } from 'vitest';
import { markedLocations, markedWords } from '../../src/lib/search/marks';
import type { Span } from '../../src/lib/search/page-text';
import { rank } from '../../src/lib/search/rank';
import { parseQuery } from '../../src/lib/search/words';
import { hitsFor, pageOf } from '../helpers/search-pages';

const words = 'Implement safeguards like rate limits, so that models stay safe. shared-GPU safe'.split(' ');
// The last two words are the span's extra search terms, never marked.
const spans: Span[] = [{ id: '', title: '', start: 0, textEnd: 10, glossaryStart: 12, end: 12 }];
const at = (...found: string[]) =>
  words.flatMap((word, i) => (found.some((f) => word.toLowerCase().startsWith(f)) ? [i] : []));

describe('markedLocations', () => {
  it('marks the text, not the extra terms', () => {
    const marked = markedLocations(spans, [at('safe'), at('shared')]);
    expect([...marked].map((i) => words[i])).toEqual(['safeguards', 'safe.']);
  });
});

describe('markedWords', () => {
  it.each([
    ['punctuation around a word is left out', [3, 4, 9], ['rate', 'limits', 'safe']],
    ['each word once, whatever its case', [0, 0], ['Implement']],
    ["in the page's order", [9, 1], ['safeguards', 'safe']],
  ])('%s', (_, locations, expected) => {
    expect(markedWords(words, locations)).toEqual(expected);
  });

  it('a word that is all punctuation marks nothing', () => {
    expect(markedWords(['—', '(x)'], [0, 1])).toEqual(['x']);
  });
});

describe('rank finds whole words, and gives each page the words to mark where it leads', () => {
  const pages = [
    pageOf('a', 'Convert special characters into safe representations.'),
    pageOf('b', 'Implement safeguards like rate limits.'),
  ];
  const hits = (query: string) => hitsFor(query, pages);

  it('"safe", a word of the policy, finds and marks "safe", not "safeguards"', () => {
    const ranking = rank(parseQuery('safe'), hits('safe'), pages, 2);
    expect(ranking.pages.map((p) => [p.page.id, p.marks])).toEqual([['a', ['safe']]]);
    expect(ranking.pages[0]!.spans[0]!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual([
      'safe',
    ]);
  });

  it('"safeg", still being typed, marks "safeguards"', () => {
    const ranking = rank(parseQuery('safeg'), hits('safeg'), pages, 2);
    expect(ranking.pages.map((p) => [p.page.id, p.marks])).toEqual([['b', ['safeguards']]]);
    expect(ranking.pages[0]!.spans[0]!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual([
      'safeguards',
    ]);
  });
});
