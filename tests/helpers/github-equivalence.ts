import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { checkMdxCode } from '../../src/lib/content-check/mdx-code';
import { mdxComponentNames } from '../../src/lib/constants';
import { renderMdx } from './render';

/** One example of a Markdown spec: its number, section, Markdown and the HTML it must give. */
export interface SpecExample {
  example: number;
  section: string;
  markdown: string;
  html: string;
}

/** How the site shows an example, beside the spec. */
export type Outcome =
  | { kind: 'same' }
  /** Rendered, but a reader sees other text or structure: both sides, normalised. */
  | { kind: 'differs'; expected: string; actual: string }
  /** Refused, as the site's build would refuse the section: MDX cannot read it, or the content check refuses it. */
  | { kind: 'refused'; reason: string }
  /** Anything else thrown: a bug of the pipeline. */
  | { kind: 'crash'; error: string };

/** Blocks: white space around them is not seen. */
const blocks = new Set(
  (
    'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th ' +
    'thead tr ul'
  ).split(' '),
);
/** Elements whose content nobody sees. */
const hidden = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);
/** Wrappers that change nothing a reader sees. */
const transparent = new Set(['thead', 'tbody', 'html', 'body']);
/** The attributes that change what a reader sees or where a link leads, by element. */
const kept: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  input: ['type', 'checked'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};

const decode = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute's value as the reader meets it; the site writes table alignment as a class. */
function attributes(element: Element): string {
  const properties = element.properties;
  const classes = Array.isArray(properties.className) ? properties.className.map(String) : [];
  const align = classes.find((c) => c.startsWith('align-'))?.slice('align-'.length) ?? properties.align;
  const values: [string, string][] = [];
  for (const name of kept[element.tagName] ?? []) {
    const property = name === 'align' ? align : properties[name];
    if (property === undefined || property === null || property === false) continue;
    // Left is how a cell reads when nothing aligns it (the site's cells start-align).
    if (name === 'align' && property === 'left') continue;
    let value = property === true ? '' : String(property);
    if (name === 'href' || name === 'src') value = decode(value);
    values.push([name, value]);
  }
  return values.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
}

/** White space inside <pre> is seen as it is: kept apart from the folding as these stand-ins. */
const preSpace: Record<string, string> = { ' ': '\u0001', '\t': '\u0002', '\n': '\u0003', '\r': '\u0004' };
const restore = Object.fromEntries(Object.entries(preSpace).map(([space, mark]) => [mark, space]));

function serialise(nodes: readonly (RootContent | ElementContent)[], pre: boolean): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = escape(node.value);
      out += pre ? text.replace(/[ \t\n\r]/g, (space) => preSpace[space]!) : text;
    } else if (node.type === 'element') {
      const name = node.tagName;
      if (hidden.has(name)) continue;
      const inner = serialise(node.children, pre || name === 'pre');
      if (transparent.has(name)) out += inner;
      else if (['br', 'hr', 'img', 'input'].includes(name)) out += `<${name}${attributes(node)}>`;
      else out += `<${name}${attributes(node)}>${inner}</${name}>`;
    }
    // Comments, doctypes and the like show nothing.
  }
  return out;
}

const aroundBlocks = new RegExp(`\\s*(</?(?:${[...blocks].join('|')})\\b[^>]*>)\\s*`, 'g');

/**
 * What a reader gets from HTML: its elements with the attributes that show or lead somewhere, and
 * its text with white space as a browser shows it (runs folded to one space, none around blocks,
 * kept in <pre>). Attribute order, ids, classes and comments do not count.
 */
export function visibleStructure(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  return serialise(tree.children, false)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(aroundBlocks, '$1')
    .trim()
    .replace(/[\u0001-\u0004]/g, (mark) => restore[mark]!);
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The content check's refusals of a section body (code, or HTML the site does not show). */
function refusal(mdx: string): string | undefined {
  const tree = mdxParser.runSync(mdxParser.parse(mdx)) as MdastRoot;
  const issues = checkMdxCode('example.mdx', tree).map((issue) => issue.message);
  // A capitalised tag is a component, and the site knows only its own (the content check's rule).
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const name = (node as MdxJsxFlowElement | MdxJsxTextElement).name ?? '';
    if (/^[A-Z]/.test(name) && !(mdxComponentNames as readonly string[]).includes(name))
      issues.push(`<${name}> is read as a component, and the site has none of that name`);
  });
  return issues[0];
}

const isSyntaxError = (error: unknown) =>
  (typeof error === 'object' && error !== null && (error as { name?: string }).name === '[VFileMessage]') ||
  (error as { constructor?: { name?: string } })?.constructor?.name === 'VFileMessage';

/** How the site shows one example, beside the spec's HTML. */
export async function compareExample(example: SpecExample): Promise<Outcome> {
  let html: string;
  try {
    const refused = refusal(example.markdown);
    if (refused) return { kind: 'refused', reason: `content check: ${refused}` };
    html = await renderMdx(example.markdown);
  } catch (error) {
    if (isSyntaxError(error)) {
      return { kind: 'refused', reason: `MDX: ${String((error as Error).message).split('\n')[0]}` };
    }
    return { kind: 'crash', error: String((error as Error)?.stack ?? error) };
  }
  const expected = visibleStructure(example.html);
  const actual = visibleStructure(html);
  return expected === actual ? { kind: 'same' } : { kind: 'differs', expected, actual };
}
