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
  return { headings, issues };
}
