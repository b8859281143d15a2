import { eng as stopWords } from 'stopword/src/stopwords_eng.js';
import { mixedQueries, uniquePhrases } from '../helpers/search-phrases';
import { dialog, indexedPages, searchEach } from './helpers/search';
import { expect, test } from './helpers/test';

// Search as people type, with queries generated from the built index, so these tests follow the
// content. On the site as configured only: the sub-path build searches the same index.

/** A path and fragment under the site's base path, as `searchEach` gives them. */
const under = (baseURL: string, href: string) => `/${href.slice(new URL(baseURL).pathname.length)}`;

test.describe('search as people type, generated from the built index', () => {
  test.describe.configure({ timeout: 180_000 });

  test('every 2- and 3-word phrase found in one subsection only lands there first (≥ 98 %)', async ({
    page,
    baseURL,
  }, testInfo) => {
    await page.goto('./');
    const phrases = uniquePhrases(await indexedPages(page, baseURL!));
    expect(phrases.length).toBeGreaterThan(10);
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    const answers = await searchEach(
      page,
      phrases.map((p) => p.phrase),
    );
    const misses = phrases.filter(
      (phrase, i) => !answers[i]!.href || under(baseURL!, answers[i]!.href!) !== phrase.landing,
    );
    const rate = 1 - misses.length / phrases.length;
    const report = misses.map(
      (miss) =>
        `"${miss.phrase}" → ${under(baseURL!, answers[phrases.indexOf(miss)]!.href ?? '(none)')}, not ${miss.landing}`,
    );
    await testInfo.attach('phrase misses', { body: `${(rate * 100).toFixed(1)} %\n${report.join('\n')}` });
    expect(rate, report.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  test('500 queries that hold a word of the policy, mixed with noise, never show "0 results"', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./');
    const words = await page.request.get(new URL('pagefind/words.txt', baseURL).href);
    const vocabulary = (await words.text()).split('\n').filter(Boolean);
    expect(vocabulary.length).toBeGreaterThan(10);
    const queries = mixedQueries(vocabulary, stopWords, 500);
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    const answers = await searchEach(page, queries);
    const empty = answers.filter((answer) => answer.count === 0).map((answer) => answer.query);
    expect(empty).toEqual([]);
    // Those that miss some words say which they found.
    expect(answers.some((answer) => answer.status.includes('No section has all of your words'))).toBe(true);
  });
});
