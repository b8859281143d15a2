import type { Heading, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { tokenizeHtml } from './html-tokens';
import { isSitePath, joinBase } from '../paths';

/**
 * A section's `heading`: its heading as SECURITY.md writes it when it has formatting
 * (`Loading *untrusted* models`, `` The `safe_mode` flag ``), one line of Markdown. The page shows
 * it as GitHub does; `title`, its text, names the page everywhere else (navigation, tab, id).
 */

/** What a heading shows: text, and the inline elements GitHub keeps in a heading around text. */
export type InlineNode =
  | string
  | { tag: 'em' | 'strong' | 'del' | 'code'; children: InlineNode[] }
  | { tag: 'a'; href: string; title?: string | undefined; children: InlineNode[] }
  | { tag: 'img'; src: string; alt: string }
  | { tag: 'br' };

const parser = unified().use(remarkParse).use(remarkGfm);

/** The heading's Markdown, read as the text of a heading (so `1. Scope` is no list). */
export function headingContent(markdown: string): PhrasingContent[] {
  const first = parser.parse(`# ${markdown.replace(/\n/g, ' ')}`).children[0];
  return first?.type === 'heading' ? first.children : [];
}

/** A section's heading as Markdown nodes, for SECURITY.md and the page's twin: with its formatting, if it has any. */
export const sectionHeadingContent = (data: {
  title: string;
  heading?: string | undefined;
}): PhrasingContent[] =>
  data.heading ? headingContent(data.heading) : [{ type: 'text', value: data.title }];

/** The text of a heading's Markdown, as its `title` must read: raw HTML (an `<img>`) is no part of it, as GitHub's ids leave it out. */
export const headingText = (markdown: string) =>
  toString({ type: 'heading', depth: 1, children: headingContent(markdown) } satisfies Heading, {
    includeHtml: false,
  }).trim();

/** One `<img …>` tag as raw HTML in a heading (the import writes a SECURITY.md's so), by its src and alt. */
export function imgTag(html: string): { src: string; alt: string } | undefined {
  const tokens = tokenizeHtml(html.trim());
  const [tag] = tokens;
  if (tokens.length !== 1 || tag?.kind !== 'open' || tag.name !== 'img') return undefined;
  const { src, alt } = tag.attributes;
  return src === undefined ? undefined : { src, alt: alt ?? '' };
}

/** An image's address as the heading shows it: a site path under the base, an https address as it is; anything else none. */
const imageSrc = (url: string, base: string) =>
  isSitePath(url) ? joinBase(base, url) : /^https:\/\//i.test(url) ? url : undefined;

/** A heading's image as shown: the image (the Content-Security-Policy decides whether it loads), else its alt text. */
function image(url: string, alt: string, base: string): InlineNode[] {
  const src = imageSrc(url, base);
  return src === undefined ? [alt] : [{ tag: 'img', src, alt }];
}

/** Whether a heading's Markdown reads as `title` (a line break in either is a space, as shown). */
export const readsAs = (markdown: string, title: string) =>
  headingText(markdown).replace(/\s+/g, ' ') === title.trim().replace(/\s+/g, ' ');

const tags = { emphasis: 'em', strong: 'strong', delete: 'del' } as const;

function inline(node: PhrasingContent, base: string): InlineNode[] {
  switch (node.type) {
    case 'text':
      return [node.value];
    case 'inlineCode':
      return [{ tag: 'code', children: [node.value] }];
    case 'break':
      return [{ tag: 'br' }];
    case 'emphasis':
    case 'strong':
    case 'delete':
      return [{ tag: tags[node.type], children: node.children.flatMap((child) => inline(child, base)) }];
    case 'link':
      return [
        {
          tag: 'a',
          href: isSitePath(node.url) ? joinBase(base, node.url) : node.url,
          title: node.title ?? undefined,
          children: node.children.flatMap((child) => inline(child, base)),
        },
      ];
    case 'image':
      return image(node.url, node.alt ?? '', base);
    case 'html': {
      const img = imgTag(node.value);
      // Other raw HTML is shown as its text: the import writes no such heading.
      return img ? image(img.src, img.alt, base) : [node.value];
    }
    default:
      return [toString(node)];
  }
}

/** A heading's Markdown as what it shows, its site links under `base`. */
export const headingInline = (markdown: string, base: string): InlineNode[] =>
  headingContent(markdown).flatMap((node) => inline(node, base));

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a heading shows, as HTML: its text escaped, its elements only those of InlineNode. */
export function inlineHtml(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(node);
      if (node.tag === 'br') return '<br>';
      if (node.tag === 'img') return `<img src="${escapeHtml(node.src)}" alt="${escapeHtml(node.alt)}">`;
      const inner = inlineHtml(node.children);
      if (node.tag !== 'a') return `<${node.tag}>${inner}</${node.tag}>`;
      const title = node.title === undefined ? '' : ` title="${escapeHtml(node.title)}"`;
      return `<a href="${escapeHtml(node.href)}"${title}>${inner}</a>`;
    })
    .join('');
}

/** A section's heading as HTML for its page: its `heading` with formatting, else its `title` as text. */
export const sectionHeadingHtml = (data: { title: string; heading?: string | undefined }, base: string) =>
  inlineHtml(data.heading ? headingInline(data.heading, base) : [data.title]);
