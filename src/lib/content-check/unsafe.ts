import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from './issue';

/** A URL that runs script when followed or loaded: refused in content, and by the import. */
export const scriptUrl = /^\s*(javascript|vbscript|data):/i;

/**
 * Script in the content: a `<script>` element, an inline event handler or a `javascript:` URL.
 * A security policy runs no code of its own, and the site's Content-Security-Policy would block
 * it anyway, so it is refused at build rather than left to fail silently in a reader's browser.
 */
export function checkUnsafe(file: string, tree: Root): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition') && scriptUrl.test(node.url)) {
      issues.push({
        file,
        line,
        message: `the link "${node.url}" runs script: link to a page (https://…) instead`,
      });
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (element.name?.toLowerCase() === 'script') {
      issues.push({ file, line, message: 'a <script> element: the policy text runs no scripts; remove it' });
    }
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') continue;
      if (/^on/i.test(attribute.name)) {
        issues.push({
          file,
          line,
          message: `the event handler ${attribute.name}= on <${element.name}> runs script: remove it`,
        });
      } else if (typeof attribute.value === 'string' && scriptUrl.test(attribute.value)) {
        issues.push({
          file,
          line,
          message: `${attribute.name}="${attribute.value}" on <${element.name}> runs script: use an https:// address`,
        });
      }
    }
  });
  return issues;
}
