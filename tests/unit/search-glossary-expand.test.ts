import { describe, expect, it } from 'vitest';
import glossary from '../../src/data/security-glossary.json' with { type: 'json' };
import { clientGlossary, expansionOf, glossaryMatches } from '../../src/lib/search/glossary-expand';

const entries = [
  { terms: ['LTS', 'long-term support'], means: ['supported for years', 'maintenance releases'] },
  { terms: ['0day', 'zero-day'], means: ['not yet public'] },
  { terms: ['side channel'], means: ['timing differences'] },
  { terms: ['hashing'], means: ['hash function', 'SHA-2', 'SHA 3'] },
];

describe('the glossary at query time', () => {
  it('keeps each term as the words a reader types, with the meaningful words of their phrases', () => {
    expect(clientGlossary(entries)).toEqual([
      [
        [['lts'], ['long', 'term', 'support']],
        ['supported', 'years', 'maintenance', 'releases'],
        'long-term support',
      ],
      [[['0day'], ['zero', 'day']], ['not', 'yet', 'public'], 'zero-day'],
      [[['side', 'channel']], ['timing', 'differences'], 'side channel'],
      [[['hashing']], ['hash', 'function', 'sha'], 'hash function'],
    ]);
  });

  it.each([
    // typed words, those the policy lacks → the terms found: where, how long, what is searched
    [['air', 'gapped', 'setup'], ['air', 'gapped'], [[0, 2, 'offline']]],
    [['is', 'a', 'side', 'channel', 'possible'], ['side', 'channel'], [[2, 2, 'timing differences']]],
    [['a', 'side', 'channel'], ['side'], []],
    [['side', 'channel'], [], []],
    [['zero', 'day', 'lts'], ['zero', 'lts'], [[2, 1, 'supported years maintenance releases']]],
    [['channel', 'side'], ['side', 'channel'], []],
  ])('%j, lacking %j → %j', (tokens, missing, expected) => {
    const glossary = clientGlossary([...entries, { terms: ['air gap', 'air-gapped'], means: ['offline'] }]);
    expect(
      glossaryMatches(tokens, missing, glossary).map((m) => [m.start, m.length, m.words.join(' ')]),
    ).toEqual(expected);
  });

  it.each([
    ['lts', { words: ['supported', 'years', 'maintenance', 'releases'], label: 'long-term support' }],
    ['0day', { words: ['not', 'yet', 'public'], label: 'zero-day' }],
    ['ltss', undefined],
    ['channel', undefined],
    ['side', undefined],
  ])('%s → %j', (word, expected) => {
    expect(expansionOf(word, clientGlossary(entries))).toEqual(expected);
  });

  it('the real glossary gives plain words for the jargon readers type', () => {
    const client = clientGlossary(glossary.entries);
    for (const word of ['xss', 'sbom', 'cve', 'rce', 'ssrf', 'seccomp', 'spectre', 'embargo'])
      expect(expansionOf(word, client)?.words.length, word).toBeGreaterThan(0);
  });
});
