// A long content file is parsed in pieces (one parse of a 5 MB section was quadratic in its
// tables): the tree, positions of JSX attributes and expressions included, must be the one a
// single parse gives, and a syntax error the one a single parse reports.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile, parseMdx } from '../../src/lib/content-check/parse';
import { mdxCutPoints } from '../../src/lib/markdown/pieces';
import { fixtureNames, importText, securityMdFixtures } from '../helpers/import';
import { root } from '../helpers/astro-build';

const contentFiles = globSync(['content/**/*.mdx', 'tests/fixtures/**/*.mdx'], { cwd: root });
const imported = fixtureNames.flatMap((name) =>
  [...importText(readFileSync(join(securityMdFixtures, name), 'utf8')).files].map(
    ([path, text]) => [`${name} → ${path}`, text] as const,
  ),
);

describe('an MDX file parsed in pieces gives the tree of one parse', () => {
  it.each(contentFiles)('%s, cut at every heading it may be cut at', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(parseMdx(source, 1)).toEqual(parseMdx(source, Infinity));
  });

  it.each(imported)('the import of %s', (_, source) => {
    expect(parseMdx(source, 1)).toEqual(parseMdx(source, Infinity));
  });

  it.each([
    ['a JSX element around a heading', '---\ntitle: A\n---\n\n<div>\n\n## B\n\ntext\n\n</div>\n\n## C\n'],
    ['a comment around a heading', '---\ntitle: A\n---\n\n{/*\n\n## B\n\n*/}\n\n## C\n\nx\n'],
    [
      'attributes and expressions',
      '---\ntitle: A\n---\n\n## B\n\n<a href="/x/" title={"t"}>x</a> {1 + 2}\n\n## C\n\n{/* note */}\n',
    ],
    [
      'a footnote defined in a later piece',
      '---\ntitle: A\n---\n\n## B\n\nSee [^n].\n\n## C\n\n[^n]: A note.\n',
    ],
    ['a # comment in the frontmatter', '---\ntitle: A\n\n# a YAML comment\norder: 1\n---\n\n## B\n'],
  ])('%s', (_, source) => {
    expect(parseMdx(source, 1)).toEqual(parseMdx(source, Infinity));
  });

  it('a YAML comment in the frontmatter is no place to cut', () => {
    expect(mdxCutPoints('---\ntitle: A\n\n# comment\n---\n\n## B\n')).toEqual([29]);
  });

  it('a syntax error is reported at its line in the file, as one parse reports it', () => {
    const source = `---\ntitle: A\n---\n\n${'## B\n\ntext\n\n'.repeat(50)}## C\n\n<div>\n\n## D\n`;
    const thrown = (piecesOf: number) => {
      try {
        parseMdx(source, piecesOf);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(thrown(Infinity)).toBeDefined();
    expect(thrown(1)).toEqual(thrown(Infinity));
    expect(parseContentFile('x.mdx', source).issues[0]?.message).toContain('MDX syntax error');
  });
});
