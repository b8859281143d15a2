import { spawnSync } from 'node:child_process';
import GithubSlugger from 'github-slugger';
import { nameToEmoji } from 'gemoji';
import type { Element, ElementContent, Text } from 'hast';
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
export function renderOnGithub(markdown: string, options: string[] = []): string {
  const result = spawnSync(
    requireCmarkGfm(),
    [...extensions.flatMap((name) => ['-e', name]), '--unsafe', ...options],
    {
      input: markdown,
      encoding: 'utf8',
    },
  );
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

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Every heading of GitHub's page for a file, Markdown or HTML (`<h2>Reporting</h2>` is one too), in
 * order, with the id GitHub gives it from its text (one counter for the page). `markdownLines` are
 * the lines of the file's Markdown headings, in order: cmark-gfm marks those (`data-sourcepos`),
 * and each takes its line, so a caller can tell which the site leaves out on purpose.
 */
export function githubPageHeadings(
  markdown: string,
  markdownLines: readonly number[],
): { id: string; text: string; line?: number }[] {
  const tree = fromHtml(renderOnGithub(frontMatterAsTable(markdown), ['--sourcepos']), { fragment: true });
  const slugger = new GithubSlugger();
  const headings: { id: string; text: string; line?: number }[] = [];
  let markdownHeading = 0;
  visit(tree, 'element', (node: Element) => {
    if (!/^h[1-6]$/.test(node.tagName)) return;
    const text = textOf(node).trim();
    const line = node.properties.dataSourcepos === undefined ? undefined : markdownLines[markdownHeading++];
    headings.push({ id: slugger.slug(text), text, ...(line === undefined ? {} : { line }) });
  });
  return headings;
}
