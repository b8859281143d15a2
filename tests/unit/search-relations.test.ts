import { describe, expect, it } from 'vitest';
import { relatedWords, relationsFileOf, relationsOf } from '../../src/lib/search/relations';
import { baseForms, senseTable, sensesOf } from '../../src/lib/search/wordnet';

// Lines in WordNet's own index format (index.noun, index.verb): lemma, part, sense count,
// pointer count and pointers, sense count, tagged-sense count, then the senses, commonest first.
const nouns = [
  '  1 This software and database is being provided to you, the LICENSEE, by Princeton',
  'tenant n 2 1 @ 2 1 10001 10002  ',
  'renter n 1 1 @ 1 0 10001  ',
  'check n 3 0 3 1 10010 10011 10012  ',
  'chequer n 1 0 1 0 10012  ',
  'look_into n 1 0 1 0 10001  ',
  'tracker n 1 0 1 0 10020  ',
  'track n 1 0 1 0 10021  ',
  'path n 1 0 1 0 10021  ',
].join('\n');
const verbs = ['check v 2 0 2 2 10010 20001  ', 'verify v 1 0 1 1 20001  ', 'tenant v 1 0 1 0 10001  '].join(
  '\n',
);
const table = senseTable([
  { part: 'noun', index: nouns },
  { part: 'verb', index: verbs },
]);

describe('WordNet read from its index files', () => {
  it('reads each lemma’s two commonest senses, past the licence, skipping phrases', () => {
    const read = sensesOf('noun', nouns);
    expect(read.get('check')).toEqual({ senses: ['n10010', 'n10011'], tagged: true });
    expect(read.get('renter')).toEqual({ senses: ['n10001'], tagged: false });
    expect(read.has('look_into')).toBe(false);
    expect(read.size).toBe(7);
  });

  it('joins a word’s senses over its parts of speech, each part’s ids apart', () => {
    expect(table.senses.get('check')).toEqual(['n10010', 'n10011', 'v10010', 'v20001']);
    expect(table.senses.get('tenant')).toEqual(['n10001', 'n10002', 'v10001']);
  });

  it('counts a word as everyday English when WordNet’s tagged texts use it in any part of speech', () => {
    expect([...table.common].sort()).toEqual(['check', 'tenant', 'verify']);
  });

  it.each([
    ['rented', ['rented', 'rente', 'rent']],
    ['policies', ['policies', 'policy', 'policie', 'polici']],
    ['verified', ['verified', 'verifie', 'verifi', 'verify']],
    ['models', ['models', 'model']],
    ['use', ['use']],
    ['is', ['is']],
  ])('the base forms of %s', (word, forms) => {
    expect(baseForms(word)).toEqual(forms);
  });
});

describe('the relations of one policy', () => {
  const relations = relationsOf(['tenants', 'checked', 'tracker', 'the'], table);

  it('leads a word the policy lacks to the words it has that share a common sense, in the policy’s form', () => {
    expect(relations.get('relations/r.json')).toEqual({ renter: ['tenants'] });
    expect(relations.get('relations/v.json')).toEqual({ verify: ['checked'] });
  });

  it('a sense that is rare for the policy’s word relates nothing: "chequer" is not "check"', () => {
    expect(relations.get('relations/c.json')).toBeUndefined();
  });

  it('a word WordNet has is not read as an inflection: "tracker" is no "track", so "path" relates to nothing', () => {
    expect(relations.get('relations/p.json')).toBeUndefined();
  });

  it.each([
    ['renter', ['tenants']],
    ['renters', ['tenants']],
    ['verified', ['checked']],
    ['xylophone', undefined],
    ['constructor', undefined],
  ])('%s → %j', (word, expected) => {
    expect(relatedWords(word, relations.get(relationsFileOf(word)) ?? {})).toEqual(expected);
  });

  it('an everyday English word with no relation is listed with none, so it is not taken for a typo', () => {
    const withCommon = relationsOf(['tenants'], {
      senses: table.senses,
      common: new Set(['chequer', 'path']),
    });
    expect(withCommon.get('relations/p.json')).toEqual({ path: [] });
    expect(relatedWords('paths', withCommon.get('relations/p.json')!)).toEqual([]);
    expect(relatedWords('pathz', withCommon.get('relations/p.json')!)).toBeUndefined();
    // A word of its own with none, whose base form has some: the base form's.
    expect(relatedWords('renters', { renters: [], renter: ['tenants'] })).toEqual(['tenants']);
  });

  it('files by first letter, the rest together', () => {
    expect(relationsFileOf('rent')).toBe('relations/r.json');
    expect(relationsFileOf('3des')).toBe('relations/_.json');
  });
});
