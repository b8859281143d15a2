import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from './issue';

/** Components a section uses must be ones the site provides. */
export function checkComponents(file: string, tree: Root, known: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    if (!/^[A-Z]/.test(name) || known.has(name)) return;
    issues.push({
      file,
      line: node.position?.start.line ?? 1,
      message: `unknown component <${name}>: the components sections can use are ${[...known].map((k) => `<${k} />`).join(', ')}`,
    });
  });
  return issues;
}
