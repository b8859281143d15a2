import { describe, expect, it } from 'vitest';
import glossary from '../../src/data/security-glossary.json' with { type: 'json' };
import { clientGlossary, expansionOf } from '../../src/lib/search/glossary-expand';

const entries = [
  { terms: ['LTS', 'long-term support'], means: ['supported for years', 'maintenance releases'] },
  { terms: ['0day', 'zero-day'], means: ['not yet public'] },
  { terms: ['side channel'], means: ['timing differences'] },
];

describe('the glossary at query time', () => {
  it('keeps one-word terms as the index reads them, with the meaningful words of their phrases', () => {
    expect(clientGlossary(entries)).toEqual([
      [['lts'], ['supported', 'years', 'maintenance', 'releases'], 'long-term support'],
      [['0day'], ['not', 'yet', 'public'], 'zero-day'],
    ]);
  });

  it.each([
    ['lts', { words: ['supported', 'years', 'maintenance', 'releases'], label: 'long-term support' }],
    ['0day', { words: ['not', 'yet', 'public'], label: 'zero-day' }],
    ['ltss', undefined],
    ['channel', undefined],
  ])('%s → %j', (word, expected) => {
    expect(expansionOf(word, clientGlossary(entries))).toEqual(expected);
  });

  it('the real glossary gives plain words for the jargon readers type', () => {
    const client = clientGlossary(glossary.entries);
    for (const word of ['xss', 'sbom', 'cve', 'rce', 'ssrf', 'seccomp', 'spectre', 'embargo'])
      expect(expansionOf(word, client)?.words.length, word).toBeGreaterThan(0);
  });
});
