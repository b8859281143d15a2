import { expect, test } from '@playwright/test';
import { anyPolicyTests } from './suites/any-policy';
import { landing, openAndSearch, resultLink, status } from './helpers/search';

// The browser tests for any policy, on tests/fixtures/second-policy (built into dist-second by
// `npm test`): a policy with tables, a PGP key, deep headings and a section in German.
anyPolicyTests('dist-second');

// Search on a policy imported with no search terms: jargon its text lacks, a paraphrase, a
// question, a version number, which versions get fixes, how to report and jargon it never speaks
// of, each with its first result and where ↓ Enter lands.
test.describe('searching a policy with no search terms of its own', () => {
  for (const { query, kind, says, lands } of [
    {
      query: 'password hashing',
      kind: 'jargon the text lacks (the glossary)',
      says: 'The policy has no “hashing”; showing results for “hash passwords”.',
      lands: '/accounts/',
    },
    {
      query: 'how long do login sessions last',
      kind: 'a paraphrase (the text says “Sessions expire after 30 days”)',
      says: 'The policy has no “login”',
      lands: '/accounts/',
    },
    {
      query: 'how much do you pay for a critical bug?',
      kind: 'a question',
      says: 'results for “how much do you pay for a critical bug?”',
      lands: '/bug-bounty/',
    },
    {
      query: 'is 2.x still patched',
      kind: 'a version it does not list (its table lists 3.2 to 3.4)',
      says: 'The policy has no “2.x”; showing results for “3.4, 3.6, 3.3…”.',
      lands: '/supported-versions/',
    },
    {
      query: 'which releases get security fixes',
      kind: 'a question its overview’s words answer too (the section whose heading names it)',
      says: 'results for “which releases get security fixes”',
      lands: '/supported-versions/',
    },
    {
      query: 'how do I report a vulnerability',
      kind: 'how to report, the question researchers ask first (its text never says “vulnerability”)',
      says: 'results for “how do I report a vulnerability”',
      lands: '/by-e-mail/',
    },
    {
      query: 'Log4Shell',
      kind: 'jargon it never speaks of (its reporting section, whose text says neither “report” nor “vulnerability”)',
      says: 'The policy says nothing about “Log4Shell”. How to report a vulnerability of that kind:',
      lands: '/by-e-mail/',
    },
  ])
    test(`${kind}: "${query}" → ${lands}`, async ({ page, baseURL }) => {
      await page.goto('./');
      await openAndSearch(page, query);
      await expect(status(page)).toContainText(says);
      await expect(resultLink(page)).toHaveAttribute('href', new RegExp(`^${lands}(\\?|$)`));
      await page.goto('./');
      expect(await landing(page, baseURL!, query)).toBe(lands);
    });
});
