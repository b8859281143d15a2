import type { Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { imgTag, readsAs } from '../markdown/heading-markdown';
import type { SourceSection } from './outline';
import { convertBody, type ConvertOptions } from './to-mdx';

/** What a section's heading may hold to be written as a `heading` (src/lib/markdown/heading-markdown.ts shows these). */
const formatting = new Set([
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
]);
/** What it cannot hold: the page's heading shows no other HTML, footnote marks or hard breaks (its title is their text). */
const unshown = new Set(['html', 'footnoteReference', 'break']);
/** An `<img>` is the one piece of raw HTML a heading shows (a logo beside its words). */
const isImage = (node: { type: string; value?: unknown }) =>
  node.type === 'html' && typeof node.value === 'string' && imgTag(node.value) !== undefined;

/**
 * The `heading` field of a section whose heading has formatting (`## Loading *untrusted* models`):
 * the heading's Markdown as the import writes it (`convert`, links resolved and escaped for the
 * site), so the page shows it as GitHub does. None for a plain heading, or one whose Markdown
 * would not read as its title.
 */
export function headingField(
  heading: Heading | undefined,
  title: string,
  convert: (nodes: RootContent[]) => string,
): { heading?: string } {
  if (!heading) return {};
  let formatted = false;
  let plain = true;
  visit(heading, (node) => {
    if (formatting.has(node.type) || isImage(node)) formatted = true;
    else if (unshown.has(node.type)) plain = false;
  });
  if (!formatted || !plain) return {};
  // A setext heading's line breaks show as spaces, and a heading on one line reads the same.
  const oneLine = structuredClone(heading);
  visit(oneLine, 'text', (node) => {
    node.value = node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
  });
  const markdown = convert([oneLine])
    .replace(/^#+[ \t]*/, '')
    .trim();
  return markdown.includes('\n') || !readsAs(markdown, title) ? {} : { heading: markdown };
}

/** The `heading` field of each section, its Markdown written as the section's body is. */
export const headingConverter =
  (options: Omit<ConvertOptions, 'sectionDepth'>) =>
  (section: SourceSection): { heading?: string } =>
    headingField(
      section.heading,
      section.text,
      (nodes) => convertBody(nodes, { ...options, sectionDepth: section.depth }).mdx,
    );
