import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText, renderSecurityMd, securityMdFixtures } from '../helpers/import';

/**
 * import → site → the SECURITY.md the site generates → import again: the content comes back
 * unchanged, and what GitHub reads as an alert, an emoji, a front-matter table or a numbered
 * repeated heading, a heading's formatting or an image is still that in the generated file.
 */
const cases: [string, (generated: string) => void][] = [
  [
    'alerts.md',
    (generated) => {
      for (const type of ['IMPORTANT', 'NOTE', 'TIP', 'WARNING', 'CAUTION'])
        expect(generated).toContain(`> [!${type}]\n`);
    },
  ],
  [
    'alerts-and-html.md',
    (generated) => {
      expect(generated).toContain('> [!NOTE]\n');
      // GitHub shows the shortcode as 🌐, as the site does.
      expect(generated).toContain(':globe_with_meridians:');
    },
  ],
  [
    'shortcodes.md',
    (generated) => {
      expect(generated).toMatch(/\| 3\.x +\| :white_check_mark: +\|/);
      expect(generated).toContain(':+1:');
    },
  ],
  ['front-matter.md', (generated) => expect(generated).toMatch(/\| title +\| layout +\| permalink +\|/)],
  ['repeated-subheadings.md', (generated) => expect(generated.match(/^### Notes$/gm)).toHaveLength(3)],
  [
    'formatted-headings.md',
    (generated) => {
      expect(generated).toContain('\n## Reporting a _critical_ vulnerability\n');
      expect(generated).toContain('\n## The `safe_mode` flag\n');
      expect(generated).toContain(
        '![Kestrel logo](https://raw.githubusercontent.com/example/project/HEAD/docs/kestrel.png)',
      );
    },
  ],
];

describe('round trip: import, the generated SECURITY.md, import again', () => {
  it.each(cases)('%s', (name, check) => {
    const first = importText(readFileSync(join(securityMdFixtures, name), 'utf8'));
    expect(first.errors).toEqual([]);
    const generated = renderSecurityMd(first.files, first.title);
    check(generated);
    const second = importText(generated, first.files);
    expect(second.errors).toEqual([]);
    expect(second.lost).toEqual([]);
    expect(Object.fromEntries(second.files)).toEqual(Object.fromEntries(first.files));
    expect(second.removed).toEqual([]);
  });
});
