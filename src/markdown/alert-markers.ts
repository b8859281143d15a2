import type { Blockquote, Html, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { alertTypes } from './rehype-github-alerts';

const marker = new RegExp(`^\\[!(?:${alertTypes.join('|')})\\](?=[ \\t]*(?:\\r?\\n|$))`, 'i');

/**
 * Keeps GitHub's alert markers (`> [!NOTE]`) as written when a tree is written out as Markdown or
 * MDX: the writer escapes a `[` that could start a link (`> \[!NOTE]`), which GitHub then shows as
 * text rather than as an alert. The marker becomes raw text, which the writer leaves alone; a hard
 * break after it becomes a plain line break, the shape GitHub and the site read as an alert.
 */
export function keepAlertMarkers(tree: Root): Root {
  visit(tree, 'blockquote', (quote: Blockquote) => {
    const paragraph = quote.children[0];
    if (paragraph?.type !== 'paragraph') return;
    const [first, second] = paragraph.children;
    if (first?.type !== 'text') return;
    const found = marker.exec(first.value);
    if (!found) return;
    const rest = first.value.slice(found[0].length).replace(/^[ \t]+/, '');
    const raw: Html = { type: 'html', value: found[0] };
    const after: Text[] = rest ? [{ type: 'text', value: rest }] : [];
    if (!rest && second?.type === 'break') {
      paragraph.children.splice(0, 2, raw, { type: 'text', value: '\n' });
      return;
    }
    paragraph.children.splice(0, 1, raw, ...after);
  });
  return tree;
}
