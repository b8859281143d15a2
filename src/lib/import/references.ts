// Reference links and footnotes: defined anywhere in a SECURITY.md, used from anywhere in it.
import type { Definition, FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normaliseLabel } from './to-mdx';

/**
 * The file's link definitions (the first of each label, wherever it stands: inside a quote or a
 * list it counts for the whole file too, as on GitHub) and its footnotes, which are taken out of
 * the tree's top level: each goes with the section that cites it.
 */
export function takeReferences(tree: Root): {
  definitions: Map<string, Definition>;
  footnotes: Map<string, FootnoteDefinition>;
} {
  const definitions = new Map<string, Definition>();
  const footnotes = new Map<string, FootnoteDefinition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(normaliseLabel(node.identifier)))
      definitions.set(normaliseLabel(node.identifier), node);
  });
  tree.children = tree.children.filter((node) => {
    if (node.type === 'definition') return false;
    if (node.type === 'footnoteDefinition') {
      footnotes.set(normaliseLabel(node.identifier), node);
      return false;
    }
    return true;
  });
  return { definitions, footnotes };
}
