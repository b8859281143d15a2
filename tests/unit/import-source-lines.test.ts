import { describe, expect, it } from 'vitest';
import { checkImported, importText } from '../helpers/import';

describe('import errors name the SECURITY.md’s own lines', () => {
  it('a script: its line, not the generated file', () => {
    const { errors } = importText('# Policy\n\n## Reporting\n\nOne.\n\n<script>alert(1)</script>\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ line: 7, message: expect.stringMatching(/<script> runs code/) });
    for (const error of errors) expect(error.message).not.toMatch(/\.mdx/);
  });
});

describe('an empty heading shows as GitHub shows it', () => {
  it('in the section before it, as an empty heading, not a page without a title', () => {
    const result = importText('# Policy\n\n## Reporting\n\nOne.\n\n##\n\nTwo.\n');
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(checkImported(result.files).issues).toEqual([]);
    expect(result.files.get('policy/reporting.mdx')).toMatch(/One\.\n\n<h2><\/h2>\n\nTwo\.\n$/);
  });
});

describe('a section title GitHub numbers stays a heading, with GitHub’s id', () => {
  it.each([
    ['a second "Foo"', '# Policy\n\n## Foo\n\nOne.\n\n## Foo\n\nTwo.\n', 'foo', ['foo-1']],
    [
      'a "Security Policy" after the title',
      '# Security Policy\n\nHi.\n\n## Reporting\n\nA.\n\n## Security Policy\n\nB.\n',
      'reporting',
      ['security-policy-1'],
    ],
  ])('%s', (_, source, page, ids) => {
    const result = importText(source);
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    const { sections } = checkImported(result.files);
    expect(sections.find((s) => s.id === page)?.headingIds).toEqual(ids);
  });

  it('"# Security Policy" before "# Reporting" is the policy’s title', () => {
    const result = importText(
      '# Security Policy\n\nIntro.\n\n# Reporting\n\nEmail.\n\n# Disclosure\n\nLater.\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.title).toBe('Security Policy');
    expect([...result.files.keys()].sort()).toEqual([
      'intro.mdx',
      'policy/disclosure.mdx',
      'policy/reporting.mdx',
    ]);
  });
});

describe('a re-import reports a table edit by its row and cell', () => {
  it('names the row and the column of the cell that changed', () => {
    const table = (answer: string) =>
      `# Policy\n\n## Versions\n\n| Version | Supported |\n| --- | --- |\n| 5.0.x | Yes |\n| 4.0.x | ${answer} |\n`;
    const first = importText(table('No'));
    const second = importText(table('Yes'), first.files);
    expect(second.changes.changed).toEqual([
      {
        slug: 'versions',
        title: 'Versions',
        added: ['4.0.x, Supported: Yes'],
        removed: ['4.0.x, Supported: No'],
      },
    ]);
  });
});
