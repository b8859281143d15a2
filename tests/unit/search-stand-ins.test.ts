// Words standing in for a typed word the policy lacks, and how much each word weighs: English
// frequency, rarity among subsections, and the stand-ins of one word counted as that one word.
import { describe, expect, it } from 'vitest';
import { clientGlossary } from '../../src/lib/search/glossary-expand';
import { rank } from '../../src/lib/search/rank';
import { replacementsFor, withStandIns } from '../../src/lib/search/stand-ins';
import {
  englishWeight,
  parseWordWeights,
  projectWordsOf,
  wordWeightsOf,
} from '../../src/lib/search/word-weight';
import { parseQuery, queryTokens } from '../../src/lib/search/words';
import { hitsFor, pageOf } from '../helpers/search-pages';

describe('English weight', () => {
  it.each([
    // uses per million words of spoken English → weight
    [0, 1],
    [100, 1 / Math.SQRT2],
    [2400, 0.2],
  ])('a word used %d times in a million weighs %d', (perMillion, expected) => {
    expect(englishWeight(perMillion)).toBeCloseTo(expected, 1);
  });

  it.each([
    // vocabulary, uses per million, project words → the weights file
    [['see', 'tenant', 'sandbox'], { see: 2600, tenant: 3 }, [], '0.2 see\n'],
    // A function word WordNet never counted weighs as the filler it is.
    [['when', 'isolation'], { when: 2100, isolation: 3.2 }, [], '0.2 when\n'],
    // A word the list lacks weighs as its base form ("tenants" as "tenant").
    [['models', 'tenants'], { models: 45, model: 33, tenant: 40 }, [], '0.85 models tenants\n'],
    // A word weighing 0.9 or more is not listed: it weighs fully.
    [['model', 'sandbox'], { model: 20, sandbox: 1 }, [], ''],
    // The project's name is filler whatever English makes of it.
    [['zulip', 'express'], { express: 40 }, ['zulip', 'express'], '0.2 zulip express\n'],
    [['zebra'], {}, [], ''],
  ])('%j with %j and project %j → %j', (vocabulary, perMillion, project, expected) => {
    const text = wordWeightsOf(vocabulary, new Map(Object.entries(perMillion)), project);
    expect(text).toBe(expected);
    for (const word of vocabulary) expect(parseWordWeights(text)(word)).toBeLessThanOrEqual(1);
  });

  it.each([
    [['Keras', 'keras'], ['keras']],
    [
      ['Node.js', 'node'],
      ['nodejs', 'node', 'js'],
    ],
    [
      ['OpenZeppelin Contracts', 'openzeppelin-contracts'],
      ['openzeppelin', 'contracts', 'openzeppelincontracts'],
    ],
    [
      ['Argo CD', 'argo-cd'],
      ['argo', 'cd', 'argocd'],
    ],
  ])('the project named %j is read as the words %j', (names, expected) => {
    expect(projectWordsOf(names)).toEqual(expected);
  });

  it('reads a word the file does not list as weighing fully', () => {
    const weight = parseWordWeights('0.25 see make\n');
    expect([weight('see'), weight('make'), weight('tenant')]).toEqual([0.25, 0.25, 1]);
  });

  it('weighs a word the policy writes in another form as the policy’s word of its stem', () => {
    const weight = parseWordWeights('0.35 keep\n0.7 others\n');
    expect([weight('keeps'), weight('keeping'), weight('other'), weight('keeper')]).toEqual([
      0.35, 0.35, 0.7, 1,
    ]);
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
    // A form of "do" or "have" English's relations do not list is no typo of "dos" or "saving".
    ['what does keras do', ['does'], [undefined], ['does@1', 'keras@2']],
    ['it doesn’t report', ['does'], [undefined], ['does@1', 'not@2', 'report@3']],
    ['having a sandbox', ['having'], [undefined], ['having@0', 'sandbox@2']],
  ])('%j lacking %j → %j', (text, missing, related, expected) => {
    const query = parseQuery(text);
    const vocabulary = ['model', 'file', 'report', 'dos', 'saving', 'sandbox', 'keras'];
    const { replacements } = replacementsFor(query, missing, glossary, related, vocabulary);
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
