import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { keepAlertMarkers } from '../../markdown/alert-markers';
import { markdownStyle } from './github-markdown';

const writer = unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, markdownStyle);

/**
 * The one way the site writes Markdown (SECURITY.md, the sections' `.md` twins, llms.txt): from
 * a tree, so every name, title and description is escaped by the same rule wherever it lands,
 * and GitHub's alert markers (`> [!NOTE]`) stay alerts.
 */
export function stringifyMarkdown(document: Root | RootContent[]): string {
  return writer.stringify(
    keepAlertMarkers(Array.isArray(document) ? { type: 'root', children: document } : document),
  );
}

/** Text as a Markdown text node, for building trees. */
export const text = (value: string) => ({ type: 'text' as const, value });

/** A link with a text label. */
export const link = (url: string, label: string) => ({
  type: 'link' as const,
  url,
  children: [text(label)] as PhrasingContent[],
});
