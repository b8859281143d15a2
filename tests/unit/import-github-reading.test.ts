import { describe, expect, it } from 'vitest';
import { frontMatterAsTable } from '../../src/lib/markdown/front-matter-table';
import { escapeRawText, isTextOnGithub } from '../../src/lib/import/raw-html-text';
import { importText } from '../helpers/import';

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

describe('a contents list’s label, in any language, goes with the list', () => {
  const body = '- [报告漏洞](#报告漏洞)\n- [披露](#披露)\n\n## 报告漏洞\n\n邮件。\n\n## 披露\n\n公开。\n';
  it.each([
    ['a heading', `# 安全政策\n\n## 目录\n\n${body}`],
    ['a line of text', `# 安全政策\n\n目录\n\n${body}`],
  ])('%s', (_, source) => {
    const result = importText(source);
    expect(result.errors).toEqual([]);
    expect([...result.files.values()].join('\n')).not.toContain('目录');
    expect(result.leftOut.map((range) => range.reason)).toContain('the heading of the contents list');
  });
});
