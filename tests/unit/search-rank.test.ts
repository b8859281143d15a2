import { describe, expect, it } from 'vitest';
import { decodeTermWords, encodeTermWords, spansOf, type PageText } from '../../src/lib/search/page-text';
import { candidatePages, idf, rank, shortestWindow } from '../../src/lib/search/rank';
import { closestWords, correction, editDistance } from '../../src/lib/search/suggest';
import { vocabularyOf } from '../../src/lib/search/vocabulary';
import { matchQuality, normalizeWord, parseQuery, tokenize } from '../../src/lib/search/words';
import { hitsFor, pageOf } from '../helpers/search-pages';

describe('words', () => {
  it.each([
    ['Pre-trained', 'pretrained'],
    ['it’s', 'its'],
    ['(text,', 'text'],
    ['Café', 'cafe'],
    ['snake_case', 'snake_case'],
    ['=7Kx2', '7kx2'],
  ])('normalizeWord(%j) is %j', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });

  it('splits on white space as Pagefind counts locations', () => {
    expect(tokenize('  Rate limits,\naccess — controls ')).toEqual(['rate', 'limits', 'access', 'controls']);
  });

  it.each([
    {
      query: 'how do I check a model file I downloaded',
      words: [
        ['check', 3],
        ['model', 5],
        ['file', 6],
        ['downloaded', 8],
      ],
    },
    { query: 'Model model MODEL', words: [['model', 0]] },
    {
      query: 'how to',
      words: [
        ['how', 0],
        ['to', 1],
      ],
    },
    { query: '   ', words: [] },
  ])('parseQuery($query) searches the meaningful words, with their places', ({ query, words }) => {
    expect(parseQuery(query).words.map(({ word, position }) => [word, position])).toEqual(words);
  });

  it.each([
    ['model', 'model', 1],
    ['models', 'model', 1],
    ['isolating', 'isolation', 1],
    ['model', 'mod', 0.5],
    ['manage', 'man', 0.5],
  ])('matchQuality(%j, %j) is %d', (pageWord, searched, expected) => {
    expect(matchQuality(pageWord, searched)).toBe(expected);
  });
});

function top(query: string, pages: PageText[]) {
  const ranking = rank(parseQuery(query), hitsFor(query, pages), pages, pages.length);
  return { ranking, first: ranking.pages.map((p) => `${p.page.id}#${p.spans[0]!.span.id}`) };
}

describe('spansOf', () => {
  it('cuts a page at its headings, with the opening text as the page itself', () => {
    const page = pageOf('p', 'one two | ## A: three four five | ## B: six', { a: 2 });
    expect(spansOf(page).map(({ id, start, textEnd, end }) => [id, start, textEnd, end])).toEqual([
      ['', 0, 2, 2],
      ['a', 2, 4, 6],
      ['b', 6, 8, 8],
    ]);
  });

  it('has no opening span when the text starts with a heading', () => {
    expect(spansOf(pageOf('p', '## A: x')).map((s) => s.id)).toEqual(['a']);
  });

  it('round-trips the terms metadata, ignoring what it cannot read', () => {
    const terms = new Map([
      ['', 3],
      ['model-sharing', 12],
    ]);
    expect(decodeTermWords(encodeTermWords(terms))).toEqual(terms);
    expect(decodeTermWords('a=x;b=2;=0;c')).toEqual(new Map([['b', 2]]));
    expect(decodeTermWords(undefined)).toEqual(new Map());
  });
});

describe('rank', () => {
  const policy = [
    pageOf('inputs', 'Untrusted inputs can hold malicious scripts. Filter every input. XSS injection', {
      '': 2,
    }),
    pageOf(
      'tenants',
      'Run tenants apart. | ## Model Sharing: tenants who share models must understand the risks of running code that other users provide, as they will essentially run what others wrote on the same hardware at the same time as their own work; there is no way to detect malicious models so sandbox the model. | ## Resource Allocation: one model can take all the memory. Set rate limits. DoS quota',
      { 'resource-allocation': 2 },
    ),
    pageOf('privacy', 'It is essential to sandbox the model execution when training on sensitive data.'),
  ];

  it.each([
    // The query word for word wins, down to the subsection.
    ['detect malicious models', 'tenants#model-sharing'],
    ['rate limits', 'tenants#resource-allocation'],
    // Both say it: the shorter text, where it is more of what is said, wins.
    ['sandbox the model', 'privacy#'],
    // Extra search terms find what the text lacks…
    ['XSS', 'inputs#'],
    ['DoS', 'tenants#resource-allocation'],
    // …but never outrank text that has every word.
    ['malicious injection', 'inputs#'],
    // Questions: stop words dropped, the rarer words decide.
    ['how do I keep my sensitive data private when training', 'privacy#'],
    ['what stops one model taking all the memory', 'tenants#resource-allocation'],
  ])('%j lands on %s', (query, expected) => {
    expect(top(query, policy).first[0]).toBe(expected);
  });

  it('a subsection whose own text has every word beats one that needs the extra terms', () => {
    const pages = [pageOf('a', 'memory quota', { '': 1 }), pageOf('b', 'a memory quota is set')];
    expect(top('memory quota', pages).first).toEqual(['b#', 'a#']);
  });

  describe('in scope is not out of scope', () => {
    const pages = [
      pageOf(
        'scope',
        '## In scope: bugs in the runner itself. | ## Not in scope: bugs in your own tests are not in scope, nor in plugins.',
      ),
      pageOf(
        'bounty',
        '## Out of scope: reports from scanners are out of scope. | ## Rewards: we pay for bugs.',
      ),
    ];
    it.each([
      ['what is in scope', 'scope#in-scope'],
      ['what is not in scope', 'scope#not-in-scope'],
      ['out of scope', 'bounty#out-of-scope'],
    ])('%j lands on %s', (query, expected) => {
      expect(top(query, pages).first[0]).toBe(expected);
    });
  });

  describe("a page introduction's extra terms speak for the whole page", () => {
    // The introduction's last two words are its terms: "noisy neighbour".
    const tenancy = pageOf(
      'tenancy',
      'Several models share one machine. noisy neighbour | ## Limits: set a quota per tenant. | ## Sharing: loaded weights run code.',
      { '': 2 },
    );
    const pages = [tenancy, pageOf('other', 'Report a quota bug privately.')];
    it.each([
      // alone, the terms lead to the introduction that has them
      ['noisy neighbour', 'tenancy#'],
      // with words a subsection's text has, to that subsection, not the page top
      ['noisy neighbour quota', 'tenancy#limits'],
    ])('%j lands on %s', (query, expected) => {
      expect(top(query, pages).first[0]).toBe(expected);
    });

    it('a subsection is no result for the introduction’s terms alone', () => {
      expect(top('noisy neighbour', pages).ranking.pages[0]!.spans.map((span) => span.span.id)).toEqual(['']);
    });
  });

  it('the query word for word beats its words apart, even in a heading and more often', () => {
    const pages = [
      pageOf('apart', '## Limits of the rate: apply limits to the rate, and limits of the rate.'),
      pageOf('literal', `${'Every tenant shares the hardware with others. '.repeat(6)}Set rate limits.`),
    ];
    expect(top('rate limits', pages).first[0]).toBe('literal#');
    expect(top('the rate limits', pages).first[0]).toBe('literal#');
  });

  it('text with every word, however spread out, beats search terms that hold them side by side', () => {
    const pages = [
      pageOf('terms', 'Limits apply. memory quota', { '': 2 }),
      pageOf('text', `The memory ${'of each process is watched and '.repeat(8)}a quota applies.`),
    ];
    expect(top('memory quota', pages).first).toEqual(['text#', 'terms#']);
  });

  it('words close together in one subsection beat words spread over a page', () => {
    const pages = [
      pageOf('spread', '## One: GPU attacks are rare. | ## Two: side effects. | ## Three: a channel'),
      pageOf('close', 'a GPU side channel is possible'),
    ];
    expect(top('GPU channel', pages).first[0]).toBe('close#');
  });

  it('shows only the subsections that match, best first', () => {
    const { ranking } = top('model', policy);
    const tenants = ranking.pages.find((p) => p.page.id === 'tenants')!;
    expect(tenants.spans.map((s) => s.span.id)).toEqual(['model-sharing', 'resource-allocation']);
  });

  it('says which words no page has, and whether any page has them all', () => {
    const { ranking } = top('sandbox zebra', policy);
    expect(ranking.missing).toEqual(['zebra']);
    expect(ranking.complete).toBe(false);
    expect(ranking.pages.map((p) => p.page.id)).toEqual(['privacy', 'tenants']);
    expect(top('sandbox model', policy).ranking.complete).toBe(true);
  });

  it('excerpts the text around the matches, never the extra terms, and names the terms that matched', () => {
    const { ranking } = top('filter XSS', policy);
    const [span] = ranking.pages[0]!.spans;
    const text = span!.excerpt.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');
    expect(text).toBe('Untrusted inputs can hold malicious scripts. [Filter] every input.');
    expect(span!.viaTerms).toEqual(['XSS']);
  });

  it('cuts a long excerpt around the densest matches', () => {
    const long = pageOf('long', `${'word '.repeat(50)}needle and needle ${'word '.repeat(50)}`);
    const text = top('needle', [long])
      .ranking.pages[0]!.spans[0]!.excerpt.map((part) => part.text)
      .join('');
    expect(text.startsWith('… word word word word needle')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
  });
});

describe('helpers of ranking', () => {
  it.each([
    [[[1], [2]], 2],
    [[[1, 50], [52], [49]], 4],
    [[[5], []], 1],
    [[[], []], Infinity],
  ])('shortestWindow(%j) is %d', (lists, expected) => {
    expect(shortestWindow(lists)).toBe(expected);
  });

  it('rarer words weigh more', () => {
    expect(idf(1, 100)).toBeGreaterThan(idf(10, 100));
    expect(idf(100, 100)).toBeGreaterThan(0);
  });

  it('candidatePages prefers pages with more of the words', () => {
    const pages = [pageOf('a', 'gpu'), pageOf('b', 'gpu channel'), pageOf('c', 'channel')];
    expect(candidatePages(hitsFor('gpu channel', pages), 3, 2)).toEqual(['b', expect.any(String)]);
  });
});

describe('suggestions', () => {
  it.each([
    ['model', 'model', 0],
    ['modle', 'model', 1],
    ['mdoel', 'model', 1],
    ['modl', 'model', 1],
    ['kitten', 'sitting', 3],
  ])('editDistance(%j, %j) is %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  const vocabulary = ['isolation', 'malicious', 'model', 'models', 'mode', 'sandbox'];

  it.each([
    ['modle', 'model'],
    ['malcious', 'malicious'],
    ['isolaton', 'isolation'],
    ['zebra', undefined],
    ['xyz', undefined],
  ])('correction(%j) is %j', (word, expected) => {
    expect(correction(word, vocabulary)).toBe(expected);
  });

  it('lists the closest words, closest first', () => {
    expect(closestWords('sandbax', vocabulary, 2).map((c) => c.word)).toEqual([
      'sandbox',
      expect.any(String),
    ]);
    expect(closestWords('zzzzz', vocabulary, 3)).toHaveLength(3);
  });

  it('the vocabulary keeps words worth suggesting, once, sorted', () => {
    expect(vocabularyOf(['The model, the Models.', 'a 90 day GPU-side sandbox'])).toEqual([
      'day',
      'gpuside',
      'model',
      'models',
      'sandbox',
    ]);
  });
});
