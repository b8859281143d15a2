import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { pageIdRoles } from '../constants';
import type { ContentIssue } from './issue';

const scriptSchemes = /^(javascript|vbscript|data):/i;

/**
 * Whether a URL runs script when followed or loaded: refused in content, and by the import. The
 * URL is read as a browser reads it (the URL Standard drops leading and trailing controls and
 * spaces and every tab and newline), so `java&#x09;script:` or ` javascript:` are caught too.
 */
export function runsScript(url: string): boolean {
  const asBrowsersRead = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return scriptSchemes.test(asBrowsersRead);
}

/**
 * Elements whose `name` the document exposes as a property of its own (HTML's named access on
 * Document), where `<img name="querySelector">` would hide the method the page's scripts call.
 */
const namedOnDocument = new Set(['embed', 'form', 'iframe', 'img', 'object']);

/**
 * Script in the content: a `<script>` element, an inline event handler or a `javascript:` URL.
 * A security policy runs no code of its own, and the site's Content-Security-Policy would block
 * it anyway, so it is refused at build rather than left to fail silently in a reader's browser.
 * So is content that would address the page's own machinery: an `id` the page uses itself, or
 * a `name` that becomes a property of the document. (Elements that act on the page, such as
 * `<meta http-equiv="refresh">` or `<base>`, are outside the HTML a section may hold: mdx-code.ts.)
 */
export function checkUnsafe(file: string, tree: Root): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition') && runsScript(node.url)) {
      issues.push({
        file,
        line,
        message: `the link ${JSON.stringify(node.url)} runs script: link to a page (https://…) instead`,
      });
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (element.name?.toLowerCase() === 'script') {
      issues.push({ file, line, message: 'a <script> element: the policy text runs no scripts; remove it' });
    }
    const tag = element.name?.toLowerCase() ?? '';
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') continue;
      const value = typeof attribute.value === 'string' ? attribute.value : undefined;
      if (attribute.name === 'id' && value !== undefined && Object.hasOwn(pageIdRoles, value)) {
        issues.push({
          file,
          line,
          message: `id="${value}" on <${element.name}> is the id the page uses for ${pageIdRoles[value]}: choose another id`,
        });
      }
      if (attribute.name === 'name' && namedOnDocument.has(tag)) {
        issues.push({
          file,
          line,
          message: `name="${value ?? ''}" on <${element.name}> becomes a property of the page's document and can break its scripts: remove it (an id= works as a link target)`,
        });
      }
      if (/^on/i.test(attribute.name)) {
        issues.push({
          file,
          line,
          message: `the event handler ${attribute.name}= on <${element.name}> runs script: remove it`,
        });
      } else if (typeof attribute.value === 'string' && runsScript(attribute.value)) {
        issues.push({
          file,
          line,
          message: `${attribute.name}=${JSON.stringify(attribute.value)} on <${element.name}> runs script: use an https:// address`,
        });
      }
    }
  });
  return issues;
}
