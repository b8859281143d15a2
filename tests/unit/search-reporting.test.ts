// Jargon the policy never speaks of lands on its reporting section, however the words rank.
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/lib/search/rank';
import { isAt, leadingWithReporting } from '../../src/lib/search/reporting';
import { parseQuery } from '../../src/lib/search/words';
import { hitsFor, pageOf } from '../helpers/search-pages';

const pages = [
  pageOf('pre-release-versions', 'Report a vulnerability in a pre-release version as for any other.'),
  pageOf(
    'reporting-a-bug',
    'Report security bugs by e-mail. | ## Response: we reply within a week to a report.',
  ),
  pageOf('by-e-mail', 'Write to security@example.org and encrypt it.'),
];
const query = parseQuery('report a vulnerability');
const ranked = rank(query, hitsFor(query, pages), pages, pages.length);
const landing = (ranking: typeof ranked) => {
  const [first] = ranking.pages;
  return first && `${first.page.url}#${first.spans[0]!.span.id}`;
};

describe('leadingWithReporting', () => {
  it('the words alone would land elsewhere', () => {
    expect(landing(ranked)).toBe('/pre-release-versions/#');
  });

  it.each([
    [
      'the reporting page, led by its top, when the ranking has it',
      '/reporting-a-bug/',
      '/reporting-a-bug/#',
    ],
    ['the ranking as it was, with no reporting section', '', '/pre-release-versions/#'],
    ['the ranking as it was, when no page is at the path', '/nowhere/', '/pre-release-versions/#'],
  ])('%s', (_, path, expected) => {
    expect(landing(leadingWithReporting(ranked, path))).toBe(expected);
  });

  it('brings in the reporting page the ranking lacks, led by its top', () => {
    const led = leadingWithReporting(ranked, '/by-e-mail/', pages[2]);
    expect(landing(led)).toBe('/by-e-mail/#');
    expect(led.pages[0]!.spans[0]!.excerpt.map((part) => part.text).join('')).toContain('Write to');
    expect(led.pages).toHaveLength(ranked.pages.length + 1);
  });

  it.each([
    ['/reporting-a-bug/', '/', '/reporting-a-bug/', true],
    ['/keras/security/reporting-a-bug/', '/keras/security/', '/reporting-a-bug/', true],
    ['/untrusted-reporting-a-bug/', '/', '/reporting-a-bug/', false],
    // The overview, at the base path itself; no other page is at "/".
    ['/keras/', '/keras/', '/', true],
    ['/keras/reporting-a-bug/', '/keras/', '/', false],
    ['/', '/', '/', true],
    ['/reporting-a-bug/', '/', '/', false],
    // As Pagefind joins a file:// base and a site path, in the Node bench.
    ['/file:/work/dist/reporting-a-bug/', '/work/dist/', '/reporting-a-bug/', true],
    ['/file:/work/dist/', '/work/dist/', '/', true],
    ['/reporting-a-bug/', '/', '', false],
  ])('%j under %j is at %j: %s', (url, basePath, path, expected) => {
    expect(isAt({ ...pages[1]!, url }, path, basePath)).toBe(expected);
  });
});
