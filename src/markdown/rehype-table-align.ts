import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A Markdown table's column alignment (`| ---: |`) is an `align` property that MDX writes as
 * `style="text-align:right"`, which the site's Content-Security-Policy blocks (no inline styles):
 * it becomes a class the stylesheet aligns instead (src/styles/prose.css).
 */
export function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'th' && node.tagName !== 'td') return;
      const align = node.properties.align;
      if (align !== 'left' && align !== 'right' && align !== 'center') return;
      delete node.properties.align;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align}`];
    });
  };
}
