import type { Html, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { allowedHtml } from '../content-check/mdx-code';
import type { ImportNote } from './html';
import { tokenizeHtml, voidElements } from '../markdown/html-tokens';

/** Nodes whose HTML children are HTML blocks, not HTML inside a line of text (as in to-mdx.ts). */
export const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** What the site ends a tag left open with, by the node that holds it, for the note. */
const holders: Record<string, string> = {
  root: 'section',
  footnoteDefinition: 'footnote',
  heading: 'heading',
  tableCell: 'table cell',
};

/** An element left open: its name, and the line of the tag that opens it. */
interface Open {
  name: string;
  line: number;
}

/** The elements `nodes` (HTML among other nodes, in order) open and never close, innermost last. */
function leftOpen(nodes: readonly Parent['children'][number][]): Open[] {
  const open: Open[] = [];
  for (const node of nodes) {
    if (node.type !== 'html') continue;
    const line = node.position?.start.line ?? 1;
    for (const token of tokenizeHtml(node.value)) {
      if (token.kind === 'open' && !token.selfClosing && !voidElements.has(token.name))
        open.push({ name: token.name, line });
      else if (token.kind === 'close') {
        const at = open.findLastIndex((element) => element.name === token.name);
        if (at !== -1) open.splice(at);
      }
    }
  }
  return open.filter((element) => allowedHtml.has(element.name));
}

/**
 * Tags GitHub leaves open, closed where a browser closes them. GitHub writes raw HTML as it is,
 * and the reader's browser ends an element left open at the end of what holds it: `<a href="x">`
 * or `<b>` in a paragraph at the paragraph's end (its text a link, or bold), a `<div>` in an HTML
 * block at the end of its quote or list item. MDX needs every element closed where it ends, so
 * this writes the closing tags there. Where the site ends one sooner than a browser would (a
 * `<b>` or a link a browser carries on into the paragraphs after it, a `<div>` that runs on into
 * the next sections), it says so, with the line: a closing tag in a later section then closes
 * nothing, and is left out as one that never opened (html.ts).
 */
export function closeUnclosedTags(tree: Root): ImportNote[] {
  const notes: ImportNote[] = [];
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const open = leftOpen(parent.children);
    if (open.length === 0) return;
    const closing = open
      .toReversed()
      .map((element) => `</${element.name}>`)
      .join('');
    // They end the HTML that ends the paragraph, quote, list item or section, or stand after it
    // (as a block of their own in a quote, list item or section).
    const last = parent.children.at(-1);
    if (last?.type === 'html') last.value += closing;
    else parent.children.push({ type: 'html', value: closing } satisfies Html as never);
    if (parent.type !== 'blockquote' && parent.type !== 'listItem')
      for (const { name, line } of open)
        notes.push({
          line,
          message: `<${name}> is never closed: the site ends it at the end of its ${holders[parent.type] ?? 'paragraph'}, where on GitHub it runs on into what follows; close it with </${name}> where it should end`,
        });
  });
  return notes;
}
