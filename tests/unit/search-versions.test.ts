// Version numbers typed and listed: "v1" is read as the "1.x" a policy's table lists.
import { describe, expect, it } from 'vitest';
import { clientGlossary } from '../../src/lib/search/glossary-expand';
import { replacementsFor, withStandIns } from '../../src/lib/search/stand-ins';
import { asVersion, sameLine, typedVersions, versionsFor, versionsIn } from '../../src/lib/search/versions';
import { parseQuery } from '../../src/lib/search/words';

describe('asVersion', () => {
  it.each([
    ['v1', 'v1'],
    ['V2', 'v2'],
    ['1.x', '1.x'],
    ['(1.x)', '1.x'],
    ['0.23.27.', '0.23.27'],
    ['v0.28.x,', 'v0.28.x'],
    ['3.33', '3.33'],
    ['1.0.0-rc.1', '1.0.0-rc.1'],
    ['<=2.*', '2.*'],
    // A bare number is too many other things to be a version; so are words and dates.
    ['90', undefined],
    ['1', undefined],
    ['x.x', undefined],
    ['2025-05-09', undefined],
    ['vulnerability', undefined],
    ['v', undefined],
  ])('%j → %j', (word, expected) => {
    expect(asVersion(word)).toBe(expected);
  });
});

describe('sameLine', () => {
  it.each([
    ['v1', '1.x', true],
    ['0.21', '0.21.0', true],
    ['0.x', 'v0.28.x', true],
    ['2.x', '2.4.1', true],
    ['3.33', '3.33 LTS'.split(' ')[0]!, true],
    ['2.x', '3.x', false],
    ['0.2', '0.21.0', false],
    ['v2', '1.x', false],
  ])('%j and %j: %j', (typed, listed, expected) => {
    expect(sameLine(typed, listed)).toBe(expected);
  });
});

describe('versionsIn and typedVersions', () => {
  it('lists the versions a policy writes, once each, as written', () => {
    expect(versionsIn(['Version Supported 2.x ✅ 1.x ❌ < 1.x ❌', 'see 2.x, not TLS'])).toEqual([
      '2.x',
      '1.x',
    ]);
  });

  it('keys what a reader typed by the word the query searches', () => {
    expect([...typedVersions('is v1 or 2.x still patched?')]).toEqual([
      ['v1', 'v1'],
      ['2x', '2.x'],
    ]);
  });
});

describe('versionsFor', () => {
  it.each([
    ['v1', ['2.x', '1.x'], { versions: ['1.x'], sameLine: true, label: '1.x' }],
    [
      '2.x',
      ['Latest', '3.x', '3.33'].filter((v) => /\d/.test(v)),
      { versions: ['3.x', '3.33'], sameLine: false, label: '3.x or 3.33' },
    ],
    ['2.x', [], undefined],
  ])('%j among %j', (typed, listed, expected) => {
    expect(versionsFor(typed, listed)).toEqual(expected);
  });

  it('falls back on the words a policy with no version table has for versions', () => {
    expect(versionsFor('4.x', [], ['pre', 'release', 'report', 'versions'])).toEqual({
      versions: ['release', 'versions'],
      sameLine: false,
      label: 'releases or versions',
    });
  });
});

describe('a typed version the policy lacks', () => {
  const read = (text: string, missing: string[], listed: string[]) => {
    const query = parseQuery(text);
    const forms = { versions: typedVersions(text), listedVersions: listed, addresses: new Map() };
    const found = replacementsFor(
      query,
      missing,
      clientGlossary([]),
      missing.map(() => undefined),
      [],
      false,
      forms,
    );
    const searched = withStandIns(query, found.replacements).words;
    return {
      corrected: found.corrected,
      searched: searched.map((w) => `${w.word}@${w.position}${w.standIn ? '*' : ''}`),
    };
  };

  it('is read as the version of its line the policy lists, the one the reader meant', () => {
    expect(read('v1 security patches', ['v1'], ['2.x', '1.x'])).toEqual({
      corrected: [{ from: 'v1', to: '1.x', searched: '1.x' }],
      searched: ['1x@0', 'security@1', 'patches@2'],
    });
  });

  it('is read as every version the policy lists, standing in for it, when it lists none of its line', () => {
    expect(read('quarkus 2.x eol', ['2x'], ['3.x', '3.33', '3.27', '3.20'])).toMatchObject({
      corrected: [{ from: '2.x', to: '3.x, 3.33, 3.27…', searched: '3.x 3.33 3.27 3.20' }],
      searched: ['quarkus@0', '3x@1*', '333@1*', '327@1*', '320@1*', 'eol@2'],
    });
  });

  it('is left to typo correction and the note that the policy lacks it, when the policy lists no version', () => {
    expect(read('v1 sandbox', ['v1'], []).corrected).toEqual([]);
  });
});
