import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPolicyTitle } from '../../src/lib/intro/read';
import { compareImported } from '../helpers/github-equivalence';
import { renderGithubPage } from '../helpers/github-render';
import { importText, securityMdFixtures } from '../helpers/import';

/**
 * Whole SECURITY.md files of our own, each a mix GitHub and MDX read differently (alerts,
 * shortcodes, front matter, repeated sub-headings, HTML in headings, Markdown beside HTML blocks,
 * headings with formatting, images of the repository, HTML left open):
 * imported with the real import and rendered as the site renders them, they show what GitHub's
 * page shows (renderGithubPage), in text and structure.
 */
const fixtures = [
  'alerts.md',
  'alerts-and-html.md',
  'shortcodes.md',
  'front-matter.md',
  'repeated-subheadings.md',
  'title-repeated.md',
  'html-headings.md',
  'html-heading-elements.md',
  'html-beside-markdown.md',
  'html-raw-extras.md',
  'links-edge.md',
  'formatted-headings.md',
  'html-left-open.md',
];

describe('fixture SECURITY.md files show what GitHub shows', () => {
  it.each(fixtures)('%s', async (name) => {
    const markdown = readFileSync(join(securityMdFixtures, name), 'utf8');
    const example = { example: 0, section: name, markdown, html: renderGithubPage(markdown) };
    const outcome = await compareImported(example, importText, defaultPolicyTitle, false);
    expect(outcome).toEqual({ kind: 'same' });
  });
});
