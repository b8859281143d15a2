import { describe, expect, it } from 'vitest';
import { frontMatterAsTable } from '../../src/lib/import/front-matter-table';
import { escapeRawText, isTextOnGithub } from '../../src/lib/import/raw-html-text';

describe('an inline comment GitHub shows as text (CommonMark 0.29 rules)', () => {
  it.each([
    ['<!-- a comment -->', false],
    ['<!-- a -- b -->', true],
    ['<!-->', true],
    ['<!--->', true],
    ['<!--> foo -->', true],
    ['<!-- foo--->', true],
    ['<b>', false],
  ])('%s: %s', (html, text) => {
    expect(isTextOnGithub(html)).toBe(text);
  });
});

describe('text of an HTML block, as MDX that shows it as written', () => {
  it.each([
    ['*foo*', '&#42;foo&#42;'],
    ['a\nb', 'a&#10;b'],
    ['\n  ', '\n'],
    ['  ', '  '],
    ['{x}', '&#123;x&#125;'],
  ])('%j → %j', (text, mdx) => {
    expect(escapeRawText(text)).toBe(mdx);
  });
  it('keeps white space inside <pre> as characters', () => {
    expect(escapeRawText('\n  ', true)).toBe('&#10;  ');
  });
});

describe('YAML front matter as the table GitHub shows', () => {
  it.each([
    [
      'keys over values, later lines keeping their numbers',
      '---\ntitle: A\nlayout: page\nextra: 1\n---\n# T\n',
      '| title | layout | extra |\n| --- | --- | --- |\n| A | page | 1 |\n\n\n# T\n',
    ],
    ['a | in a value escaped', '---\na: x | y\n---\n', '| a |\n| --- |\n| x \\| y |\n'],
    ['not a mapping: left as written', '---\n- a\n---\n# T\n', '---\n- a\n---\n# T\n'],
    ['not YAML: left as written', '---\na: [\n---\n', '---\na: [\n---\n'],
    ['not at the top: a rule', 'x\n---\na: 1\n---\n', 'x\n---\na: 1\n---\n'],
  ])('%s', (_, source, expected) => {
    expect(frontMatterAsTable(source)).toBe(expected);
    expect(frontMatterAsTable(source).split('\n').length).toBe(source.split('\n').length);
  });
});
