import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Text inside an HTML block, as GitHub shows it: Markdown is not read there, character references are. */
const escapeHtmlText = (value: string) =>
  value.replace(/[&<>\\`*_[\]]/g, (char) => `&#${char.charCodeAt(0)};`);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Elements with no closing tag. */
const voidElements = new Set(['area', 'br', 'col', 'hr', 'img', 'source', 'wbr']);

/**
 * MDX reads the text of an element written on one line (`<td>a</td>`) as a paragraph it shows
 * without `<p>`: such a paragraph starts on the element's own line.
 */
const inlineParagraph = (node: RootContent, line: number | undefined) =>
  node.type === 'paragraph' && line !== undefined && node.position?.start.line === line;

function isPlain(node: RootContent, line?: number): boolean {
  if (node.type === 'text') return true;
  if (inlineParagraph(node, line))
    return (node as { children: RootContent[] }).children.every((child) => isPlain(child));
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  return (
    node.name !== null &&
    /^[a-z]/.test(node.name) &&
    node.attributes.every((a) => a.type === 'mdxJsxAttribute' && typeof a.value !== 'object') &&
    (node.children as RootContent[]).every((child) => isPlain(child, node.position?.start.line))
  );
}

function html(node: RootContent): string {
  if (node.type === 'text') return escapeHtmlText(node.value);
  if (node.type === 'paragraph') return node.children.map((child) => html(child as RootContent)).join('');
  const element = node as Jsx;
  const attributes = element.attributes
    .map((a) =>
      a.type === 'mdxJsxAttribute'
        ? a.value === null || a.value === undefined
          ? ` ${a.name}`
          : ` ${a.name}="${escapeAttribute(String(a.value))}"`
        : '',
    )
    .join('');
  if (voidElements.has(element.name!)) return `<${element.name}${attributes}>`;
  return `<${element.name}${attributes}>${(element.children as RootContent[]).map(html).join('')}</${element.name}>`;
}

/**
 * An HTML element of a section (`<div align="center">*text*</div>`) as the HTML GitHub shows the
 * same: its text with character references, never Markdown escapes (`\*` shows its backslash in an
 * HTML block on GitHub). Only an element holding text and elements is written so; one holding
 * Markdown (a list inside `<details>`) stays as it is, Markdown between its tags.
 */
export function jsxAsHtml(node: Jsx): string | undefined {
  return isPlain(node) ? html(node) : undefined;
}
