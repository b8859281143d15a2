import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * A fenced block whose first line is blank shows that blank line on GitHub. The step that
 * re-reads a page's HTML (rehype-raw, run by Astro before the site's rehype plugins) drops one
 * line break at the start of a `<pre>`'s text, as a browser drops one right after `<pre>`: a
 * block that starts with a line break gets one more, so the blank line stays. The
 * GitHub-equivalence test (spec examples 97 and 99) fails if the two stop matching.
 */
export function remarkCodeLeadingBlank() {
  return (tree: Root) => {
    visit(tree, 'code', (node) => {
      if (node.value.startsWith('\n')) node.value = `\n${node.value}`;
    });
  };
}
