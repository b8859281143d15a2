import type { Html, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { allowedHtml } from '../content-check/mdx-code';
import { tokenizeHtml, voidElements } from './html-tokens';

/** Nodes whose HTML children are HTML blocks, not HTML inside a line of text (as in to-mdx.ts). */
export const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The elements `nodes` (HTML among other nodes, in order) open and never close, innermost last. */
function leftOpen(nodes: readonly Parent['children'][number][]): string[] {
  const open: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'html') continue;
    for (const token of tokenizeHtml(node.value)) {
      if (token.kind === 'open' && !token.selfClosing && !voidElements.has(token.name)) open.push(token.name);
      else if (token.kind === 'close') {
        const at = open.lastIndexOf(token.name);
        if (at !== -1) open.splice(at);
      }
    }
  }
  return open.filter((name) => allowedHtml.has(name));
}

/**
 * Tags GitHub leaves open, closed where a browser closes them. GitHub writes raw HTML as it is,
 * and the reader's browser ends an element left open at the end of what holds it: `<a href="x">`
 * or `<b>` in a paragraph runs to the paragraph's end (its text a link, or bold), a `<div>` in an
 * HTML block to the end of its quote, list item or section. MDX needs every element closed where
 * it ends, so this writes the closing tags there; a closing tag in a later section then closes
 * nothing, and is left out as one that never opened (html.ts).
 */
export function closeUnclosedTags(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const open = leftOpen(parent.children);
    if (open.length === 0) return;
    const closing = open
      .reverse()
      .map((name) => `</${name}>`)
      .join('');
    // They end the HTML that ends the paragraph, quote, list item or section, or stand after it
    // (as a block of their own in a quote, list item or section).
    const last = parent.children.at(-1);
    if (last?.type === 'html') last.value += closing;
    else parent.children.push({ type: 'html', value: closing } satisfies Html as never);
  });
}
