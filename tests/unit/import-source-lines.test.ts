import { describe, expect, it } from 'vitest';
import { importText } from '../helpers/import';

/** A SECURITY.md the site cannot show as written: told by its own lines, never a generated file. */
describe('import errors name the SECURITY.md’s own lines', () => {
  it.each([
    [
      'two sections of one title',
      '# Policy\n\n## Foo\n\nOne.\n\n## Foo\n\nTwo.\n',
      7,
      /already taken by title "Foo" \(line 3\)/,
    ],
    [
      'a section titled as the policy',
      '# Security Policy\n\nHi.\n\n## Reporting\n\nA.\n\n## Security Policy\n\nB.\n',
      9,
      /policy title/,
    ],
  ])('%s', (_, source, line, message) => {
    const { errors } = importText(source);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ line, message: expect.stringMatching(message) });
    for (const error of errors) expect(error.message).not.toMatch(/\.mdx/);
  });
});
