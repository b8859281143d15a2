import type { Html, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const isTag = (node: Paragraph['children'][number] | undefined) =>
  node?.type === 'html' && /^<\/?[a-z]/i.test(node.value);

/**
 * HTML inside a paragraph, written so MDX keeps it inside the paragraph as GitHub does. MDX reads
 * a line that holds only tags as a block of HTML, even within a paragraph, so a tag that starts a
 * line goes up onto the line before (a line break and a space show the same in a paragraph). And
 * MDX lifts a paragraph that is one element (`<del>*foo*</del>`) out of its paragraph: one that
 * starts and ends with a tag is written inside `<p>`, the paragraph GitHub shows it in (but for
 * an item of a tight list, which GitHub shows without one).
 */
export function keepInlineHtmlInline(tree: Root): void {
  // A tight list's items show their text with no paragraph around it: those stay as they are.
  const tight = new Set<Paragraph>();
  visit(tree, 'list', (list) => {
    if (list.spread || list.children.some((item) => item.spread)) return;
    for (const item of list.children)
      for (const child of item.children) if (child.type === 'paragraph') tight.add(child);
  });
  visit(tree, 'paragraph', (paragraph) => {
    const children = paragraph.children;
    children.forEach((node, i) => {
      const before = children[i - 1];
      if (node.type === 'html' && before?.type === 'text')
        before.value = before.value.replace(/\n[ \t]*$/, ' ');
    });
    if (isTag(children[0]) && isTag(children.at(-1)) && !tight.has(paragraph))
      paragraph.children = [
        { type: 'html', value: '<p>' } satisfies Html,
        ...children,
        { type: 'html', value: '</p>' } satisfies Html,
      ];
  });
}
