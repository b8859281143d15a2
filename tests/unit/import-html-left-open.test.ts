import { describe, expect, it } from 'vitest';
import { checkImported, importText } from '../helpers/import';

const section = (body: string) => importText(`# Policy\n\n## Reporting\n\n${body}`);
const bodyOf = (result: ReturnType<typeof section>) =>
  result.files.get('policy/reporting.mdx')!.replace(/^---\n[\s\S]*?\n---\n\n/, '');

describe('HTML GitHub leaves open, as MDX that shows the same', () => {
  it.each([
    [
      'a link left open runs to its paragraph’s end, noted at its line',
      'Write to\n<a href="mailto:s@x.example">\nthe security team\n',
      'Write to <a href="mailto:s@x.example">\nthe security team</a>\n',
      /^<a> is never closed: the site ends it at the end of its paragraph/,
    ],
    [
      'a <div> left open in a list item ends with it, as a browser ends it: no note',
      '- <div>\n- x\n',
      '- <div></div>\n- x\n',
      undefined,
    ],
    [
      'a <div> whose closing tag is two blocks on: Markdown between stays Markdown',
      '<div>\n*stars*\n\n_emphasis_\n\n</div>\n',
      '<div>\n<span>&#10;&#42;stars&#42;</span>\n\n_emphasis_\n\n</div>\n',
      undefined,
    ],
    [
      'an element an HTML block opens and closes is one line, the spaces between its tags kept',
      '<div>\n<b>Email:</b> <a href="mailto:s@x.example">the team</a>\n</div>\n',
      '<div> <b>Email&#58;</b> <a href="mailto:s@x.example">the team</a> </div>\n',
      undefined,
    ],
    [
      'and so are two elements between the halves of a pair, in a <span>',
      '<div>\n<b>A</b> <i>B</i>\n\nmore\n\n</div>\n',
      '<div>\n<span><b>A</b> <i>B</i></span>\n\nmore\n\n</div>\n',
      undefined,
    ],
    [
      'a paragraph of one element keeps its paragraph',
      '<del>*gone*</del>\n',
      '<p><del>_gone_</del></p>\n',
      undefined,
    ],
    [
      'an item of a tight list has no paragraph to keep; a loose list’s item has',
      '- <kbd>a</kbd>\n- b\n\nand\n\n- <kbd>c</kbd>\n\n- d\n',
      '- <kbd>a</kbd>\n- b\n\nand\n\n- <p><kbd>c</kbd></p>\n\n- d\n',
      undefined,
    ],
    [
      'a tag never ended with ">" shows nothing, noted',
      '<div class\nhidden\n',
      '{/* */}\n',
      /^"<div class" is a tag never ended with ">"/,
    ],
  ])('%s', (_, source, mdx, note) => {
    const result = section(source);
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(checkImported(result.files).issues).toEqual([]);
    expect(bodyOf(result)).toBe(mdx);
    const notes = result.notes.map((n) => n.message).filter((m) => !m.startsWith('new section'));
    if (note) expect(notes).toEqual([expect.stringMatching(note)]);
    else expect(notes).toEqual([]);
  });
});
