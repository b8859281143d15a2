import type { Heading, Html, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { tokenizeHtml, type HtmlToken } from '../markdown/html-tokens';
import { runsScript } from '../content-check/unsafe';
import { phrasing, type ImportNote } from './html';

/** Elements that may wrap a heading in its HTML block (a centred title): they stay, as HTML. */
const wrappers = new Set(['div', 'p', 'center', 'picture']);

const headingTag = /^h([1-6])$/;
const blank = (token: HtmlToken) => token.kind === 'text' && token.value.trim() === '';

/** Whether a tag runs script, which the import refuses with its line: such HTML is left as it is. */
const scripted = (token: HtmlToken) =>
  token.kind === 'open' &&
  (token.name === 'script' ||
    Object.entries(token.attributes).some(([name, value]) => name.startsWith('on') || runsScript(value)));

const linesBefore = (text: string) => text.split('\n').length - 1;

/**
 * An HTML heading alone in its block (`<h2>Reporting</h2>`, or `<h1 align="center">` inside a
 * centred `<div>`) as the Markdown heading it is: GitHub shows it as a heading and gives it an id
 * from its text, as it gives a `## Reporting`, so it opens a section (or is the title) here too,
 * where as HTML it would be a second page title with no id to link. Its text stays as GitHub
 * shows an HTML block's text, Markdown punctuation included; its attributes (an alignment, an id of its
 * own) are left out, and a note says so. HTML that runs script is left alone, to be refused.
 * A heading holding other HTML (a `<div>`) stays HTML, which the content check refuses, naming
 * the Markdown to write.
 */
export function htmlHeadingsAsHeadings(tree: Root): ImportNote[] {
  const notes: ImportNote[] = [];
  // A quote, a list item or a footnote holds headings too (GitHub gives them ids): each is
  // copied with its new children, so the tree as read (kept for the check that nothing is lost)
  // keeps its own.
  const rewrite = (children: RootContent[]): RootContent[] =>
    children.flatMap((node) =>
      node.type === 'html'
        ? asHeading(node)
        : node.type === 'blockquote' ||
            node.type === 'listItem' ||
            node.type === 'footnoteDefinition' ||
            node.type === 'list'
          ? [{ ...node, children: rewrite(node.children as RootContent[]) } as RootContent]
          : [node],
    );
  const asHeading = (node: Html): RootContent[] => {
    const split = splitAtHeading(node.value);
    if (!split) return [node];
    const startLine = node.position?.start.line ?? 1;
    const line = startLine + linesBefore(split.before);
    const at = (offset: number) => ({ line: line + offset, column: 1 });
    const heading: Heading = {
      type: 'heading',
      depth: split.depth as Heading['depth'],
      children: split.content,
      position: { start: at(0), end: at(linesBefore(split.raw)) },
    };
    const around = (value: string, firstLine: number): RootContent[] =>
      value.trim() === ''
        ? []
        : [
            {
              type: 'html',
              value: value.trim(),
              position: {
                start: { line: firstLine, column: 1 },
                end: { line: firstLine + linesBefore(value.trim()), column: 1 },
              },
            },
          ];
    const dropped = Object.keys(split.attributes);
    if (dropped.length > 0)
      notes.push({
        line,
        message: `<h${split.depth}> is read as the heading it is (${'#'.repeat(split.depth)} ${toString(heading, { includeHtml: false }).trim()}), without its ${dropped.map((name) => `${name}="${split.attributes[name]}"`).join(' ')}: the site styles every heading alike and gives it GitHub's id`,
      });
    return [
      ...around(split.before, startLine),
      heading,
      ...around(split.after, line + linesBefore(split.raw)),
    ];
  };
  tree.children = rewrite(tree.children);
  return notes;
}

/** Markup a heading shows as GitHub does: as the Markdown it stands for, so the site shows it too. */
const asMarkdown = {
  code: 'inlineCode',
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  del: 'delete',
  s: 'delete',
} as const;

/** The heading's tokens as Markdown's inline nodes: text-level tags the site shows as Markdown, others as HTML. */
function inlineNodes(tokens: HtmlToken[]): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const open: { name: string; node: { children: PhrasingContent[] } | { value: string } }[] = [];
  const add = (node: PhrasingContent) => {
    const parent = open.at(-1)?.node ?? root;
    if ('value' in parent) parent.value += 'value' in node ? node.value : '';
    else parent.children.push(node);
  };
  for (const token of tokens) {
    // Line breaks stay: GitHub shows them as spaces but makes the id from the text as written,
    // where a line break is no space ("What to\ninclude" is #what-toinclude), as for a setext heading.
    if (token.kind === 'text') add({ type: 'text', value: token.value });
    else if (token.kind === 'comment') continue;
    else if (token.kind === 'open' && Object.hasOwn(asMarkdown, token.name) && !token.selfClosing) {
      const type = asMarkdown[token.name as keyof typeof asMarkdown];
      const node = (type === 'inlineCode' ? { type, value: '' } : { type, children: [] }) as PhrasingContent;
      add(node);
      open.push({ name: token.name, node: node as never });
    } else if (token.kind === 'close' && open.at(-1)?.name === token.name) open.pop();
    else add({ type: 'html', value: token.raw });
  }
  return root.children;
}

interface Split {
  depth: number;
  attributes: Record<string, string>;
  content: PhrasingContent[];
  /** The heading's own HTML, and what comes before and after it in the block. */
  raw: string;
  before: string;
  after: string;
}

/**
 * The heading in an HTML block that holds one, with nothing but wrapping tags and white space
 * before it (what follows it stays HTML); none when the block is anything else.
 */
function splitAtHeading(html: string): Split | undefined {
  const tokens = tokenizeHtml(html);
  if (tokens.some(scripted)) return undefined;
  let i = 0;
  const wraps = (token: HtmlToken) => blank(token) || (token.kind === 'open' && wrappers.has(token.name));
  while (i < tokens.length && wraps(tokens[i]!)) i++;
  const open = tokens[i];
  const depth = open?.kind === 'open' ? headingTag.exec(open.name)?.[1] : undefined;
  if (open?.kind !== 'open' || depth === undefined) return undefined;
  const close = tokens.findIndex((token, j) => j > i && token.kind === 'close' && token.name === open.name);
  if (close === -1) return undefined;
  const inner = tokens.slice(i + 1, close);
  if (inner.some((token) => token.kind !== 'text' && token.kind !== 'comment' && !phrasing.has(token.name)))
    return undefined;
  const start = html.indexOf(open.raw);
  const closeRaw = (tokens[close] as { raw: string }).raw;
  const end = html.indexOf(closeRaw, start + open.raw.length) + closeRaw.length;
  const content = inlineNodes(inner);
  const first = content[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = content.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return {
    depth: Number(depth),
    attributes: open.attributes,
    content: content.filter((child) => child.type !== 'text' || child.value !== ''),
    raw: html.slice(start, end),
    before: html.slice(0, start),
    after: html.slice(end),
  };
}
