import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/lib/llms-txt';
import { groupByPart } from '../../src/lib/sections';

const hostile = 'Use *this* <img src=x onerror=alert(1)> [x](javascript:alert(1)) `code` # not\\';

describe('llms.txt escapes names and descriptions as SECURITY.md does', () => {
  const text = llmsTxt({
    name: `${hostile} Policy`,
    summary: `Summary ${hostile}`,
    title: `Title ${hostile}`,
    groups: groupByPart([
      {
        id: 'a',
        data: {
          title: `Section ${hostile}`,
          description: `About ${hostile}`,
          order: 1,
          part: `Part ${hostile}`,
        },
      },
    ]),
    url: (path) => `https://x.org${path}`,
  });
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);

  it('reads back as plain text: no emphasis, HTML, code or links that were not written as such', () => {
    const kinds = new Set<string>();
    visit(tree, (node) => void kinds.add(node.type));
    expect([...kinds].filter((kind) => ['emphasis', 'html', 'strong'].includes(kind))).toEqual([]);
    const links: string[] = [];
    visit(tree, 'link', (node) => void links.push(node.url));
    expect(links.every((url) => url.startsWith('https://x.org/'))).toBe(true);
  });

  it.each([
    `${hostile} Policy`,
    `Part ${hostile}`,
    `Section ${hostile}`,
    `: About ${hostile}`,
    `Summary ${hostile}`,
  ])('the text %j comes back as written', (written) => {
    const texts: string[] = [];
    visit(tree, 'text', (node) => void texts.push(node.value));
    expect(texts).toContain(written);
  });
});
