// How search reads what a reader types: questions, typos, a question's filler, words the policy
// never uses (English relations, the glossary), jargon it never speaks of, and words it lacks.
import { dialog, landing, openAndSearch, resultLink, results, status } from '../helpers/search';
import { expect, test } from '../helpers/test';

test.describe('search reads what is typed', () => {
  test('a question in plain English: the section that answers it, and what was searched', async ({
    page,
  }) => {
    await page.goto('./');
    await openAndSearch(page, 'is it safe to run models uploaded by other users');
    await expect(resultLink(page)).toContainText('Model Sharing');
    await expect(resultLink(page).locator('mark').first()).toBeVisible();
    await expect(status(page)).toContainText(
      'No section has all of your words; showing sections with: safe, run, models, users.',
    );
    const firstSub = results(page).first().getByRole('list').getByRole('link').first();
    await expect(firstSub.locator('mark').first()).toBeVisible();
  });

  test('a typo is read as the policy’s word, and said so', async ({ page }) => {
    await page.goto('./');
    await openAndSearch(page, 'sandbox modle');
    await expect(status(page)).toContainText('The policy has no “modle”; showing results for “model”.');
    await expect(resultLink(page)).toContainText('Data privacy');
    await expect(resultLink(page).locator('mark')).toContainText(['sandbox', 'model']);
  });

  test('the filler of a question is no typo: “does” is not read as “DoS”', async ({ page }) => {
    await page.goto('./');
    await openAndSearch(page, 'what does keras do with reports it receives');
    await expect(resultLink(page)).toContainText('Reporting a Vulnerability');
    await expect(status(page)).not.toContainText('dos');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/reporting\/\?/);
  });

  test('an e-mail address the policy does not write is read as whom to write to', async ({ page }) => {
    await page.goto('./');
    await openAndSearch(page, 'security@keras.io');
    await expect(status(page)).toContainText(
      'The policy has no “security@keras.io”; showing results for “security contact”.',
    );
    await expect(resultLink(page)).toContainText('Reporting a Vulnerability');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/reporting\/\?/);
  });

  test('an English word the policy never uses is searched as its words of the same meaning (WordNet)', async ({
    page,
  }) => {
    await page.goto('./');
    await openAndSearch(page, 'uncover');
    await expect(status(page)).toContainText('The policy has no “uncover”; showing results for “disclose”.');
    await expect(resultLink(page)).toContainText('Reporting a Vulnerability');
    await expect(resultLink(page).locator('mark').first()).toHaveText(/disclose/i);
  });

  test('jargon the policy never uses is searched as the plain words of the glossary', async ({ page }) => {
    await page.goto('./');
    await openAndSearch(page, 'Spectre');
    await expect(status(page)).toContainText(
      'The policy has no “spectre”; showing results for “speculative execution”.',
    );
    await expect(resultLink(page)).toContainText('Hardware Attacks');
  });

  test('jargon the policy never speaks of, nor of what it stands for, shows how to report such a flaw', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./');
    await openAndSearch(page, 'Log4Shell');
    await expect(status(page)).toContainText(
      'The policy says nothing about “Log4Shell”. How to report a vulnerability of that kind:',
    );
    await expect(resultLink(page)).toContainText('Reporting a Vulnerability');
    await page.goto('./');
    expect(await landing(page, baseURL!, 'Log4Shell')).toBe('/reporting/');
  });

  // "toolchain": no glossary term, English word or typo of the policy's, which Pagefind answers
  // with "tooling" (a word that starts like it).
  test('a word found only as the start of another is no match: "toolchain" is not "tooling"', async ({
    page,
  }) => {
    await page.goto('./');
    await openAndSearch(page, 'toolchain');
    await expect(status(page)).toContainText('Nothing in the policy matches “toolchain”.');
    await expect(results(page)).toHaveCount(0);
  });

  test('no word of the policy: it says so, and offers the closest words it has', async ({ page }) => {
    await page.goto('./');
    await openAndSearch(page, 'xylophone quokka');
    await expect(status(page)).toContainText('Nothing in the policy matches “xylophone quokka”.');
    await expect(results(page)).toHaveCount(0);
    const suggestion = dialog(page).getByRole('button').filter({ hasNotText: 'Close' }).first();
    const word = (await suggestion.textContent())!;
    await suggestion.click();
    await expect(dialog(page).getByRole('searchbox')).toHaveValue(word);
    await expect(status(page)).toContainText(`for “${word}”`);
    expect(await results(page).count()).toBeGreaterThan(0);
  });
});
