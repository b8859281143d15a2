import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingId } from '../slug';
import type { ContentIssue } from './issue';

/** Deepest heading a section body may use: on the one-page policy it is shifted two levels down. */
export const deepestBodyHeading = 4;

export interface BodyHeading {
  depth: number;
  text: string;
  id: string;
  line: number;
}

const hashes = (depth: number) => '#'.repeat(depth);

/** An HTML heading (`<h2>Reporting</h2>`) in MDX: a heading a reader sees, which the site gives no id. */
export interface HtmlHeading {
  depth: number;
  text: string;
  line: number;
}

/**
 * Every `<h1>`–`<h6>` written as HTML (JSX) in the tree, at any depth, that has text: an empty
 * one (`<h2></h2>`, how the import writes GitHub's `##` alone) has nothing to link or list.
 */
export function htmlHeadings(tree: Root): HtmlHeading[] {
  const found: HtmlHeading[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const depth = /^h([1-6])$/i.exec(node.name ?? '')?.[1];
    if (depth === undefined) return;
    const text = toString(node).trim();
    if (text !== '') found.push({ depth: Number(depth), text, line: node.position?.start.line ?? 1 });
  });
  return found;
}

/**
 * The body's headings, and what is wrong with their levels: the title comes from frontmatter,
 * so the body starts at `##` and never skips a level.
 */
export function checkHeadings(file: string, tree: Root): { headings: BodyHeading[]; issues: ContentIssue[] } {
  const headings: BodyHeading[] = [];
  const issues: ContentIssue[] = [];
  let previous = 1;
  visit(tree, 'heading', (node: Heading) => {
    const line = node.position?.start.line ?? 1;
    const text = toString(node).trim();
    if (text === '') {
      issues.push({ file, line, message: `empty heading: write its text after ${hashes(node.depth)}` });
      return;
    }
    const id = headingId(text);
    // An id of nothing, or of an emoji's invisible variation selector, cannot be linked or read.
    if (!/[\p{L}\p{N}]/u.test(id)) {
      issues.push({
        file,
        line,
        message: `heading "${text}" has no letter or digit to make its id from, so it cannot be linked: add a word, e.g. "${hashes(node.depth)} ${text} Overview"`,
      });
      return;
    }
    if (node.depth === 1) {
      issues.push({
        file,
        line,
        message: `"# ${text}" is a page title: the title comes from frontmatter; use "## ${text}" for a subsection`,
      });
    } else if (node.depth > deepestBodyHeading) {
      issues.push({
        file,
        line,
        message: `"${hashes(node.depth)} ${text}" is too deep: section bodies use ## to ${hashes(deepestBodyHeading)}`,
      });
    } else if (node.depth > previous + 1) {
      issues.push({
        file,
        line,
        message: `heading "${text}" skips a level (${hashes(node.depth)} after ${hashes(previous)}): write "${hashes(previous + 1)} ${text}"`,
      });
    }
    previous = node.depth;
    headings.push({ depth: node.depth, text, id, line });
  });
  // As HTML, a heading has no id, no link and no place in the page's contents; a `<h1>` is a
  // second page title besides. The import writes these as Markdown headings; so should an author.
  for (const { depth, text, line } of htmlHeadings(tree)) {
    const level = Math.min(Math.max(depth, 2), deepestBodyHeading);
    issues.push({
      file,
      line,
      message: `<h${depth}> is a heading the site cannot link or list${depth === 1 ? ', and a second page title' : ''}: write it as "${hashes(level)} ${text}"`,
    });
  }
  return { headings, issues };
}
