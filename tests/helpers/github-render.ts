import { spawnSync } from 'node:child_process';
import { nameToEmoji } from 'gemoji';
import type { Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { frontMatterAsTable } from '../../src/lib/markdown/front-matter-table';
import { rehypeAlerts } from '../../src/markdown/rehype-github-alerts';
import { requireCmarkGfm } from '../harness/cmark-gfm.mjs';

/** The extensions GitHub's renderer runs on every Markdown file. */
const extensions = ['autolink', 'strikethrough', 'table', 'tagfilter', 'tasklist', 'footnotes'];

/**
 * Markdown as GitHub renders it: cmark-gfm, GitHub's own renderer, with its extensions and raw
 * HTML kept (GitHub sanitises it afterwards; the comparison reads only what a reader sees).
 */
export function renderOnGithub(markdown: string): string {
  const result = spawnSync(requireCmarkGfm(), [...extensions.flatMap((name) => ['-e', name]), '--unsafe'], {
    input: markdown,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * A whole file as GitHub's page shows it: cmark-gfm's HTML with the steps GitHub runs around it,
 * which cmark-gfm leaves out: YAML front matter shown as a table (keys over values, as the import
 * writes it: src/lib/markdown/front-matter-table.ts), alerts (`> [!NOTE]`, as rehype-github-alerts writes GitHub's
 * markup, through the same choice of quotes as GitHub) and emoji shortcodes (`:tada:` is 🎉, from
 * GitHub's own gemoji list, never inside code).
 */
export function renderGithubPage(markdown: string): string {
  const tree = fromHtml(renderOnGithub(frontMatterAsTable(markdown)), { fragment: true });
  rehypeAlerts()(tree);
  visit(tree, 'text', (node: Text, _, parent) => {
    if (parent?.type === 'element' && ['code', 'pre'].includes(parent.tagName)) return;
    node.value = node.value.replace(/:(\+1|[-\w]+):/g, (code, name: string) => nameToEmoji[name] ?? code);
  });
  return toHtml(tree);
}
