import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, htmlFiles, page, readable, spaced } from '../../helpers/dist';

/** The Security tab's own chrome around the policy (NOTES.md), not policy text. */
const chrome = new Set(['Skip to content', 'Security: ElasticProvisioner/keras', 'Security', 'SECURITY.md']);

const seedLines = readFileSync(join(import.meta.dirname, '../../fixtures/policy-seed.txt'), 'utf8')
  .split('\n')
  .map((line) => spaced(line.replace(/^\s*•\s*/, '')))
  .filter((line) => line !== '' && !chrome.has(line));

// Character for character, quote marks included: GitHub shows "it's" as typed, not "it’s".
const allText = htmlFiles()
  .map((file) => spaced(page(file)('main').text()))
  .join('\n');
const fullPolicy = spaced(page('policy/index.html')('main').text());

describe('the policy text, character for character', () => {
  it('has the lines of the seed text to check', () => {
    expect(seedLines).toHaveLength(40);
  });

  it.each(seedLines)('appears on the site: %s', (line) => {
    expect(allText).toContain(line);
  });

  it.each(seedLines.filter((line) => !line.startsWith('There aren')))(
    'is on the one-page policy: %s',
    (line) => {
      expect(fullPolicy).toContain(line);
    },
  );
});

describe('what the Security tab lost is restored', () => {
  const $ = page('policy/index.html');
  it.each([
    [
      'fuzzing for prompt injection',
      'https://github.com/FonduAI/awesome-prompt-injection?tab=readme-ov-file#tools',
    ],
    [
      'models that detect prompt injection attempts',
      'https://python.langchain.com/docs/guides/safety/hugging_face_prompt_injection',
    ],
    ['Research', 'https://scholar.google.com/scholar?q=gpu+side+channel'],
    ['Using Keras Securely', `${base}#using-keras-securely`],
    ['Report privately on GitHub', 'https://github.com/ElasticProvisioner/keras/security/advisories/new'],
  ])('"%s" links to %s', (text, href) => {
    const links = $('main a').filter((_, a) => readable($(a).text()) === text);
    expect(links.map((_, a) => $(a).attr('href')).get()).toContain(href);
  });

  it('lists the reporting channel right after "You may submit the report in the following ways:"', () => {
    const intro = $('main p').filter((_, p) =>
      $(p).text().includes('You may submit the report in the following ways:'),
    );
    expect(intro.next('ul').find('a').attr('href')).toBe(
      'https://github.com/ElasticProvisioner/keras/security/advisories/new',
    );
  });
});
