import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check';
import { mdxComponentNames } from '../../src/lib/constants';
import { checkImported, importText } from '../helpers/import';

/** An HTML heading is a heading on GitHub, with an id from its text: the import reads it as one. */
describe('the import reads an HTML heading as the heading it is', () => {
  it.each([
    [
      'a centred <h1> is the title',
      '<h1 align="center">Acme Policy</h1>\n\nHi.\n\n## Reporting\n\nMail us.\n',
      { title: 'Acme Policy', sections: ['policy/reporting.mdx'] },
    ],
    [
      'an <h1> inside a centred <div> is the title, the rest of the <div> stays',
      '<div align="center">\n  <h1>Acme Policy</h1>\n  <p>Tell us first.</p>\n</div>\n\n## Reporting\n\nMail us.\n',
      {
        title: 'Acme Policy',
        sections: ['policy/reporting.mdx'],
        intro: /<div align="center">[\s\S]*Tell us first[\s\S]*<\/div>/,
      },
    ],
    [
      '<h2> elements are sections',
      '# Acme Policy\n\n<h2>Reporting</h2>\n\nMail us.\n\n<h2>Disclosure</h2>\n\nWe publish.\n',
      { title: 'Acme Policy', sections: ['policy/disclosure.mdx', 'policy/reporting.mdx'] },
    ],
  ])('%s', (_, source, expected) => {
    const result = importText(source);
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(checkImported(result.files).issues).toEqual([]);
    expect(result.title).toBe(expected.title);
    expect([...result.files.keys()].filter((path) => path.startsWith('policy/')).sort()).toEqual(
      expected.sections,
    );
    const intro = result.files.get('intro.mdx') ?? '';
    expect(intro).not.toMatch(/<h\d/);
    if ('intro' in expected) expect(intro).toMatch(expected.intro);
    for (const file of result.files.values()) expect(file).not.toMatch(/<h[1-6]/);
  });

  it('writes the same section as the Markdown heading would', () => {
    const html = importText(
      '# Policy\n\n<h2>Reporting</h2>\n\nMail us.\n\n<h3>What to include</h3>\n\nSteps.\n',
    );
    const markdown = importText('# Policy\n\n## Reporting\n\nMail us.\n\n### What to include\n\nSteps.\n');
    expect(html.files.get('policy/reporting.mdx')).toBe(markdown.files.get('policy/reporting.mdx'));
  });

  it('keeps the id GitHub makes of a heading written on two lines, where the line break is no space', () => {
    const { files } = importText(
      '# Policy\n\n## Reporting\n\nMail us.\n\n<h3>What to\ninclude</h3>\n\nSteps.\n',
    );
    expect(checkImported(files).sections[0]!.headingIds).toEqual(['what-toinclude']);
  });

  it('keeps code and emphasis as GitHub shows them, and Markdown punctuation as typed', () => {
    const { files, errors } = importText('# Policy\n\n<h2><code>2.x</code> *Support*</h2>\n\nYes.\n');
    expect(errors).toEqual([]);
    expect(files.get('policy/2x-support.mdx')).toMatch(/^heading: "`2\.x` \\\\\*Support\\\\\*"$/m);
  });

  it('says which attributes it leaves out, at the heading’s line', () => {
    const { notes } = importText(
      '# Policy\n\n## Reporting\n\nMail us.\n\n<h3 align="center" id="how">How</h3>\n\nSo.\n',
    );
    expect(notes).toContainEqual({
      line: 7,
      message: expect.stringMatching(
        /^<h3> is read as the heading it is \(### How\), without its align="center" id="how"/,
      ),
    });
  });

  it('reads one inside a quote too', () => {
    const { files, errors } = importText('# Policy\n\n## Reporting\n\n> <h3>Note</h3>\n\nMail us.\n');
    expect(errors).toEqual([]);
    expect(files.get('policy/reporting.mdx')).toMatch(/^> ## Note$/m);
  });

  it('still refuses one that runs script, with its line', () => {
    const { errors } = importText('# Policy\n\n## Reporting\n\n<h3 onclick="alert(1)">Bad</h3>\n');
    expect(errors).toContainEqual({
      line: 5,
      message: expect.stringMatching(/onclick= on <h3> runs script/),
    });
  });
});

describe('the content check refuses an HTML heading, which the site cannot link or list', () => {
  const check = (body: string, file = 'policy/alpha.mdx') =>
    checkContent(
      [
        {
          file: 'policy/alpha.mdx',
          source: `---\ntitle: Alpha\ndescription: A.\norder: 1\n---\n\n${file === 'policy/alpha.mdx' ? body : 'Text.'}\n`,
        },
      ],
      {
        components: mdxComponentNames,
        ...(file === 'intro.mdx' ? { intro: { file, source: `---\ntitle: Policy\n---\n\n${body}\n` } } : {}),
      },
    ).issues.map(formatIssue);

  it.each([
    [
      '<h2>Details</h2>',
      'policy/alpha.mdx:7: <h2> is a heading the site cannot link or list: write it as "## Details"',
    ],
    [
      '<h1>Alpha again</h1>',
      'policy/alpha.mdx:7: <h1> is a heading the site cannot link or list, and a second page title: write it as "## Alpha again"',
    ],
    [
      '<h6>Deep</h6>',
      'policy/alpha.mdx:7: <h6> is a heading the site cannot link or list: write it as "#### Deep"',
    ],
  ])('%s', (body, expected) => {
    expect(check(body)).toEqual([expected]);
  });

  it('passes an empty one, as the import writes GitHub’s `##` alone', () => {
    expect(check('<h2></h2>')).toEqual([]);
  });

  it('in the intro, says to move it into a section', () => {
    expect(check('<h3>Scope</h3>', 'intro.mdx')).toEqual([
      expect.stringMatching(
        /^intro\.mdx:5: <h3> in the intro: .*move this heading and its text into a section file/,
      ),
    ]);
  });
});
