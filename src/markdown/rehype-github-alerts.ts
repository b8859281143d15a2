import type { Element, ElementContent, Root } from 'hast';
import { rehypeGithubAlerts as alertsPlugin } from 'rehype-github-alerts';

/** GitHub's five alert types, as written after `[!` (in any case). */
export const alertTypes = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'] as const;

/** `[!NOTE]` alone on the quote's first line, as GitHub requires. */
const marker = new RegExp(`^\\[!(?:${alertTypes.join('|')})\\][ \\t]*(?:\\r?\\n|$)`, 'i');

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/**
 * The quote's first paragraph when it opens with an alert marker: a paragraph first in the quote
 * that starts `[!TYPE]` and a line break.
 */
function markerParagraph(quote: Element): Element | undefined {
  const first = quote.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
  if (!isElement(first) || first.tagName !== 'p') return undefined;
  const text = first.children[0];
  return text?.type === 'text' && marker.test(text.value) ? first : undefined;
}

/** Whether a block quote opens with an alert marker: its first block is a paragraph that starts `[!TYPE]` and a line break. */
export function startsAlert(quote: Element): boolean {
  return markerParagraph(quote) !== undefined;
}

/**
 * `[!NOTE]` ended by a hard break (two spaces) is the marker and a line break as plain text, the
 * shape the plugin reads; it would otherwise drop the line after the break.
 */
function withoutHardBreak(paragraph: Element) {
  const [text, br, next] = paragraph.children;
  if (text?.type !== 'text' || !isElement(br) || br.tagName !== 'br') return;
  text.value += '\n';
  if (next?.type === 'text') next.value = next.value.replace(/^\r?\n/, '');
  paragraph.children.splice(1, 1);
}

/**
 * GitHub's alerts (`> [!NOTE]` / `> Email us.`) as GitHub renders them: a
 * `div.markdown-alert.markdown-alert-note` whose `p.markdown-alert-title` holds GitHub's octicon
 * (aria-hidden) and the title as text ("Note"), then the quote's text. The markup comes from the
 * maintained rehype-github-alerts; this only chooses which quotes it sees, as GitHub does: those at
 * the top level (GitHub does not make alerts inside lists or other quotes) whose first line is the
 * marker alone. The plugin itself takes the first paragraph anywhere in the quote and drops the
 * blocks before it, which would lose text.
 */
export function rehypeAlerts() {
  const transform = alertsPlugin({}) as unknown as (tree: Root) => void;
  return (tree: Root) => {
    tree.children.forEach((node, index) => {
      if (node.type !== 'element' || node.tagName !== 'blockquote') return;
      const paragraph = markerParagraph(node);
      if (!paragraph) return;
      withoutHardBreak(paragraph);
      const single: Root = { type: 'root', children: [node] };
      transform(single);
      tree.children[index] = single.children[0]!;
    });
  };
}
