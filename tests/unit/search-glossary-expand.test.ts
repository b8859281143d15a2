import { describe, expect, it } from 'vitest';
import glossary from '../../src/data/security-glossary.json' with { type: 'json' };
import {
  clientGlossary,
  expansionOf,
  glossaryMatches,
  jargonTyped,
} from '../../src/lib/search/glossary-expand';
import { queryTokens } from '../../src/lib/search/words';

const entries = [
  { terms: ['LTS', 'long-term support'], means: ['supported for years', 'maintenance releases'] },
  { terms: ['0day', 'zero-day'], means: ['not yet public'] },
  { terms: ['side channel'], means: ['timing differences'] },
  { terms: ['hashing'], means: ['hash function', 'SHA-2', 'SHA 3'] },
];

describe('the glossary at query time', () => {
  it('keeps each term and plain phrase as the words a reader types, the terms first', () => {
    expect(clientGlossary(entries)).toEqual([
      [
        [['lts'], ['long', 'term', 'support'], ['supported', 'for', 'years'], ['maintenance', 'releases']],
        2,
        'long-term support',
      ],
      [[['0day'], ['zero', 'day'], ['not', 'yet', 'public']], 2, 'zero-day'],
      [
        [
          ['side', 'channel'],
          ['timing', 'differences'],
        ],
        1,
        'side channel',
      ],
      [[['hashing'], ['hash', 'function'], ['sha', '2'], ['sha', '3']], 1, 'hash function'],
    ]);
  });

  it.each([
    // typed words, those the policy lacks → the terms found: where, how long, the typed words
    // the plain words stand in for, what is searched
    [['air', 'gapped', 'setup'], ['air', 'gapped'], [[0, 2, [0, 1], 'offline gap']]],
    [['is', 'a', 'side', 'channel', 'possible'], ['side', 'channel'], [[2, 2, [2, 3], 'timing differences']]],
    // A term of which the policy has some words: the plain words stand in for the others only.
    [['a', 'side', 'channel'], ['side'], [[1, 2, [1], 'timing differences']]],
    [['side', 'channel'], [], []],
    [
      ['zero', 'day', 'lts'],
      ['zero', 'lts'],
      [
        [0, 2, [0], 'not yet public 0day'],
        [2, 1, [2], 'supported years maintenance releases long term support'],
      ],
    ],
    [['channel', 'side'], ['side', 'channel'], []],
    // A term's words by stem: "trojaned" is the term "trojan".
    [['trojaned', 'weights'], ['trojaned'], [[0, 1, [0], 'hidden access trojan']]],
    // …not by a stem of a stop word's length: "doing" and "DoS" both stem to "do".
    [['what', 'are', 'you', 'doing'], ['doing'], []],
    // The glossary read backwards: a plain phrase the policy lacks stands for the entry's words.
    [['timing', 'differences', 'leak'], ['timing', 'differences'], [[0, 2, [0, 1], 'side channel']]],
    // Stop words of a term need not be missing: "out of scope" where the policy lacks "scope".
    [['out', 'of', 'scope'], ['scope'], [[0, 3, [2], 'excluded']]],
  ])('%j, lacking %j → %j', (tokens, missing, expected) => {
    const glossary = clientGlossary([
      ...entries,
      { terms: ['air gap', 'air-gapped'], means: ['offline'] },
      { terms: ['trojan'], means: ['hidden access'] },
      { terms: ['DoS'], means: ['denial of service'] },
      { terms: ['scope'], means: ['covered'] },
      { terms: ['out of scope'], means: ['excluded'] },
    ]);
    expect(
      glossaryMatches(tokens, missing, glossary).map((m) => [
        m.start,
        m.length,
        m.lacking,
        m.words.join(' '),
      ]),
    ).toEqual(expected);
  });

  it.each([
    [
      'lts',
      {
        words: ['supported', 'years', 'maintenance', 'releases', 'long', 'term', 'support'],
        label: 'long-term support',
      },
    ],
    ['0day', { words: ['not', 'yet', 'public', 'zero', 'day'], label: 'zero-day' }],
    ['ltss', undefined],
    ['channel', undefined],
    ['side', undefined],
  ])('%s → %j', (word, expected) => {
    expect(expansionOf(word, clientGlossary(entries))).toEqual(expected);
  });

  it.each([
    [
      'the typed term is the label: its first plain phrase names the stand-ins',
      ['password', 'hashing'],
      'hash passwords',
    ],
    ['another of its terms typed: the label', ['bcrypt'], 'password hashing'],
  ])('%s', (_, tokens, label) => {
    const client = clientGlossary([
      { terms: ['password hashing', 'bcrypt'], means: ['hash passwords', 'salted'] },
    ]);
    expect(glossaryMatches(tokens, tokens, client).map((m) => m.label)).toEqual([label]);
  });

  it('the real glossary gives plain words for the jargon readers type', () => {
    const client = clientGlossary(glossary.entries);
    for (const word of ['xss', 'sbom', 'cve', 'rce', 'ssrf', 'seccomp', 'spectre', 'embargo'])
      expect(expansionOf(word, client)?.words.length, word).toBeGreaterThan(0);
  });

  // A term matches a typed word by stem ("trojaned" is "trojan"), so no term may have an everyday
  // word's stem: "soundness" (Rust's) read "pictures and sound" as unsafe code.
  it('the real glossary does not read "sound" as unsafe code', () => {
    const matches = glossaryMatches(
      ['pictures', 'and', 'sound'],
      ['sound'],
      clientGlossary(glossary.entries),
    );
    expect(matches.map((m) => m.label)).toEqual([]);
  });

  // On a security policy an email address is where to write, not personal data: "email
  // addresses" is one of personal data's plain phrases, and was read so.
  it.each(['email address for security', 'what e-mail address do I write to'])(
    'the real glossary reads %j as the security contact',
    (text) => {
      const tokens = queryTokens(text);
      const matches = glossaryMatches(
        tokens,
        ['email', 'e', 'mail', 'address'],
        clientGlossary(glossary.entries),
      );
      expect(matches.map((m) => m.label)).toEqual(['security contact']);
    },
  );
});

describe('jargon the policy lacks, as typed', () => {
  const client = clientGlossary(entries);
  it.each([
    // typed words, those the policy lacks → the glossary terms among them, as typed
    [['is', 'v1', 'lts'], ['v1', 'lts'], ['lts']],
    [['zero', 'day', 'in', 'keras'], ['zero', 'day'], ['zero day']],
    // a term whose words the policy all has is no jargon it lacks
    [['side', 'channel'], [], []],
    // a missing word that is no term
    [['xylophone'], ['xylophone'], []],
  ])('%j lacking %j → %j', (tokens, missing, expected) => {
    expect(jargonTyped(tokens, missing, client)).toEqual(expected);
  });
});
