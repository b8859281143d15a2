import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The heading GitHub (and Astro's Markdown, as GitHub) puts above a document's footnotes. */
export const footnoteLabel = { id: 'footnote-label', text: 'Footnotes' } as const;

/**
 * The headings a section's page shows beyond its own: the hidden "Footnotes" heading, when a
 * footnote is cited (a definition nobody cites makes no footnotes section).
 */
export function addedHeadings(tree: Root): (typeof footnoteLabel)[] {
  const defined = new Set<string>();
  const cited = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') defined.add(node.identifier);
    if (node.type === 'footnoteReference') cited.add(node.identifier);
  });
  return [...cited].some((id) => defined.has(id)) ? [footnoteLabel] : [];
}
