// Words standing in for a typed word the policy lacks, and how much each word weighs: English
// frequency, rarity among subsections, and the stand-ins of one word counted as that one word.
import { describe, expect, it } from 'vitest';
import { clientGlossary } from '../../src/lib/search/glossary-expand';
import { rank } from '../../src/lib/search/rank';
import { replacementsFor, withStandIns } from '../../src/lib/search/stand-ins';
import { useCounts } from '../../src/lib/search/wordnet';
import { englishWeight, parseWordWeights, wordWeightsOf } from '../../src/lib/search/word-weight';
import { parseQuery, queryTokens } from '../../src/lib/search/words';
import { hitsFor, pageOf } from '../helpers/search-pages';

describe('English weight', () => {
  it.each([
    [0, 1],
    [50, 1 / Math.SQRT2],
    [1200, 0.2],
  ])('a word used %d times weighs %d', (count, expected) => {
    expect(englishWeight(count)).toBeCloseTo(expected, 1);
  });

  it('sums the tag counts of each lemma over its senses, single words only', () => {
    const indexSense = [
      'see%2:39:00:: 02131279 1 590',
      'see%2:31:00:: 00589738 2 240',
      'tenant%1:18:00:: 10694258 1 4',
      'look_into%2:32:00:: 00789138 1 9',
      'sandbox%1:06:00:: 04128413 1 0',
    ].join('\n');
    expect(useCounts(indexSense)).toEqual(
      new Map([
        ['see', 830],
        ['tenant', 4],
      ]),
    );
  });

  it.each([
    // vocabulary, counts → the weights file
    [['see', 'tenant', 'sandbox'], { see: 830, tenant: 4 }, '0.25 see\n0.95 tenant\n'],
    // An inflected word weighs as its base form; a word WordNet has, as itself.
    [['models', 'timing'], { model: 48, time: 598, timing: 4 }, '0.7 models\n0.95 timing\n'],
    [['zebra'], {}, ''],
  ])('%j with %j → %j', (vocabulary, counts, expected) => {
    const text = wordWeightsOf(vocabulary, new Map(Object.entries(counts)));
    expect(text).toBe(expected);
    for (const word of vocabulary) expect(parseWordWeights(text)(word)).toBeLessThanOrEqual(1);
  });

  it('reads a word the file does not list as weighing fully', () => {
    const weight = parseWordWeights('0.25 see make\n');
    expect([weight('see'), weight('make'), weight('tenant')]).toEqual([0.25, 0.25, 1]);
  });
});

describe('clitics', () => {
  it.each([
    ["hasn't been altered", ['has', 'not', 'been', 'altered']],
    ["someone else's model", ['someone', 'else', 'model']],
    ["can't and won't", ['can', 'not', 'and', 'will', 'not']],
    ['it’ll run', ['it', 'run']],
  ])('%j → %j', (query, expected) => {
    expect(queryTokens(query)).toEqual(expected);
  });
});

describe('stand-ins', () => {
  const glossary = clientGlossary([
    { terms: ['XSS'], means: ['script injection', 'malicious script'] },
    { terms: ['trojaned model'], means: ['tampered weights'] },
  ]);

  it.each([
    // query, words the policy lacks, their relations → searched words (word@place, * a stand-in)
    ['xss filter', ['xss'], [undefined], ['script@0*', 'injection@0*', 'malicious@0*', 'filter@1']],
    ['trojaned model', ['trojaned'], [undefined], ['tampered@0*', 'weights@0*', 'model@1']],
    ['uncover flaws', ['uncover'], [['disclose', 'reveal']], ['disclose@0*', 'reveal@0*', 'flaws@1']],
    // A typo is the word the reader meant, not a stand-in.
    ['modle file', ['modle'], [undefined], ['model@0', 'file@1']],
    // An everyday word with no relation is left as typed.
    ['write report', ['write'], [[]], ['write@0', 'report@1']],
  ])('%j lacking %j → %j', (text, missing, related, expected) => {
    const query = parseQuery(text);
    const { replacements } = replacementsFor(query, missing, glossary, related, ['model', 'file', 'report']);
    const searched = withStandIns(query, replacements).words;
    expect(searched.map((w) => `${w.word}@${w.position}${w.standIn ? '*' : ''}`)).toEqual(expected);
  });

  it('searches jargon as the broader thing it is a kind of, when asked to (its own words found nothing)', () => {
    const withBroader = clientGlossary([
      { terms: ['zip bomb'], means: ['decompression'], broader: 'DoS' },
      { terms: ['DoS'], means: ['denial of service'] },
    ]);
    const query = parseQuery('zip bomb upload');
    const searched = (broader: boolean) =>
      replacementsFor(query, ['zip', 'bomb'], withBroader, [undefined, undefined], [], broader).corrected;
    expect(searched(false)).toEqual([{ from: 'zip bomb', to: 'decompression', searched: 'decompression' }]);
    expect(searched(true)).toEqual([
      { from: 'zip bomb', to: 'denial of service', searched: 'denial service dos' },
    ]);
  });

  it('keeps a corrected word in the typed words, so the query still reads word for word', () => {
    const query = parseQuery('modle file');
    const { replacements } = replacementsFor(query, ['modle'], glossary, [undefined], ['model']);
    expect(withStandIns(query, replacements).tokens).toEqual(['model', 'file']);
  });

  const policy = [
    pageOf('inputs', 'Filter every input for script injection and malicious script in what users send.'),
    pageOf(
      'tenants',
      'Tenants share hardware. | ## Isolation: keep each tenant apart. Filter network traffic between tenants. | ## Limits: set a quota.',
    ),
  ];
  const landing = (query: ReturnType<typeof parseQuery>) => {
    const ranking = rank(query, hitsFor(query, policy), policy, policy.length);
    return ranking.pages.map((p) => `${p.page.id}#${p.spans[0]!.span.id}`);
  };
  const standIn = (word: string, position: number) => ({ word, position, standIn: true });

  it('counts the stand-ins of one word as that one word: many of them never outweigh the typed words', () => {
    // "xss" stands for three words that are all on one page; "tenant network" are typed.
    const query = {
      tokens: ['xss', 'tenant', 'network'],
      words: [
        standIn('script', 0),
        standIn('injection', 0),
        standIn('malicious', 0),
        { word: 'tenant', position: 1 },
        { word: 'network', position: 2 },
      ],
    };
    expect(landing(query)[0]).toBe('tenants#isolation');
  });

  it('a subsection with a typed word beats one with only a stand-in for another, however short', () => {
    const pages = [
      pageOf('typed', 'Set a quota for each of the tenants that share the hardware of one machine.'),
      pageOf('standing-in', 'Filter traffic.'),
    ];
    const query = {
      tokens: ['quota', 'sniffing'],
      words: [{ word: 'quota', position: 0 }, standIn('traffic', 1)],
    };
    const ranking = rank(query, hitsFor(query, pages), pages, pages.length);
    expect(ranking.pages.map((p) => p.page.id)).toEqual(['typed', 'standing-in']);
  });

  it('leaves out of the score a typed word no page has', () => {
    const ranking = rank(parseQuery('zebra quota'), hitsFor('zebra quota', policy), policy, policy.length);
    expect(ranking.missing).toEqual(['zebra']);
    expect(ranking.pages[0]!.spans[0]!.span.id).toBe('limits');
    expect(ranking.complete).toBe(false);
  });
});
