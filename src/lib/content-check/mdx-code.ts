import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from './issue';

/**
 * HTML a section may hold: what GitHub keeps when it renders SECURITY.md, and what the site
 * shows without running anything. Anything else (an iframe, a form, a style sheet) is refused.
 */
export const allowedHtml = new Set(
  (
    'a abbr b blockquote br code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p ' +
    'picture pre q s samp small source span strong sub summary sup table tbody td tfoot th thead tr tt u ul var'
  ).split(' '),
);

/** A `{…}` that holds only a comment (`{/* note *\/}`) runs nothing: MDX's way to write a comment. */
function onlyComment(node: { data?: { estree?: { body: unknown[] } | null } }): boolean {
  return node.data?.estree?.body.length === 0;
}

/**
 * Code in a section: MDX runs `import`/`export` lines when the site builds and evaluates `{…}`
 * as JavaScript, neither of which a policy's text needs, and which fail far from the file.
 * HTML outside `allowedHtml` is refused too. Each finding says what to write instead.
 */
export function checkMdxCode(file: string, tree: Root): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      issues.push({
        file,
        line,
        message:
          'an import or export line runs code when the site builds: sections hold text only (components such as <ReportingChannels /> need no import); remove it, or write it in `code` to show it',
      });
    } else if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !onlyComment(node)
    ) {
      issues.push({
        file,
        line,
        message: `{${node.value}} is read as code: to show the braces write \\{${node.value}\\}, or put it in \`code\``,
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const name = element.name ?? '';
      if (name === '') {
        issues.push({ file, line, message: 'an empty element <>…</> is MDX code: remove the <> and </>' });
        return;
      }
      // Components (capitalised) are checked against the known ones elsewhere.
      if (/^[a-z]/.test(name) && !allowedHtml.has(name.toLowerCase()) && name.toLowerCase() !== 'script') {
        issues.push({
          file,
          line,
          message: `<${name}> is not allowed in the policy text (GitHub drops it from SECURITY.md, and the site shows no embedded or active content): link to what it shows instead`,
        });
      }
      for (const attribute of element.attributes) {
        // A value-less attribute (`<details open>`) has the value null: plain HTML, no code.
        if (
          attribute.type === 'mdxJsxExpressionAttribute' ||
          (attribute.value !== null && typeof attribute.value === 'object')
        ) {
          const written = attribute.type === 'mdxJsxAttribute' ? `${attribute.name}={…}` : '{…}';
          issues.push({
            file,
            line,
            message: `${written} on <${name}> is code: write the value in quotes, e.g. href="https://example.org/"`,
          });
        }
      }
    }
  });
  return issues;
}
