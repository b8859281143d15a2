// An e-mail address typed: found where the policy writes it, read as whom to write to where not.
import { describe, expect, it } from 'vitest';
import glossary from '../../src/data/security-glossary.json' with { type: 'json' };
import { typedAddresses } from '../../src/lib/search/email-addresses';
import { clientGlossary } from '../../src/lib/search/glossary-expand';
import { replacementsFor } from '../../src/lib/search/stand-ins';
import { parseQuery } from '../../src/lib/search/words';

describe('typedAddresses', () => {
  it.each([
    ['security@keras.io', [['securitykerasio', 'security@keras.io']]],
    ['write to <security@lists.openjsf.org>.', [['securitylistsopenjsforg', 'security@lists.openjsf.org']]],
    // A hyphen splits the query's word, as it does any typed word.
    [
      'security-team@x.org',
      [
        ['security', 'security-team@x.org'],
        ['teamxorg', 'security-team@x.org'],
      ],
    ],
    ['@keras on github', []],
    ['security@', []],
    ['report a bug', []],
  ])('%j → %j', (text, expected) => {
    expect([...typedAddresses(text)]).toEqual(expected);
  });
});

describe('an address the policy does not write', () => {
  const client = clientGlossary(glossary.entries);
  const forms = (text: string) => ({
    versions: new Map(),
    listedVersions: [],
    addresses: typedAddresses(text),
  });

  it('is searched as the security contact, once, and said so', () => {
    const text = 'email security@keras.io';
    const query = parseQuery(text);
    const { corrected, replacements } = replacementsFor(
      query,
      ['securitykerasio'],
      client,
      [undefined],
      ['contact', 'report'],
      false,
      forms(text),
    );
    expect(corrected.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: 'security@keras.io', to: 'security contact' },
    ]);
    expect(replacements).toHaveLength(1);
    expect(replacements[0]!.standIn).toBe(true);
    expect(replacements[0]!.words).toContain('contact');
  });

  it('is never read as a typo of a policy word, even with no glossary to search it as', () => {
    const text = 'securitykeras@io.io';
    const query = parseQuery(text);
    const { corrected } = replacementsFor(
      query,
      ['securitykerasioio'],
      clientGlossary([]),
      [undefined],
      ['securitykerasio'],
    );
    expect(corrected.map((c) => c.to)).toEqual(['securitykerasio']);
    // with the address known, it is the contact (or nothing, without a glossary), never a typo
    const known = replacementsFor(
      query,
      ['securitykerasioio'],
      clientGlossary([]),
      [undefined],
      ['securitykerasio'],
      false,
      forms(text),
    );
    expect(known.corrected).toEqual([]);
  });
});
