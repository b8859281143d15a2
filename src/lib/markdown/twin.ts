import { headingId } from '../slug';
import { markdownOf, type MarkdownSection, type MarkdownSite } from './from-content';
import { sectionHeadingContent } from './heading-markdown';
import { stringifyMarkdown } from './output';

/**
 * One section as Markdown, the twin of its page (`/data-privacy.md`): its heading as `#`, its text
 * as SECURITY.md has it, links to its own headings in-file and to the rest of the site absolute.
 */
export function sectionMarkdown(section: MarkdownSection, input: MarkdownSite): string {
  const inFile = new Set([headingId(section.data.title), ...section.headingIds]);
  return stringifyMarkdown({
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: sectionHeadingContent(section.data) },
      ...markdownOf(input, inFile)(section.tree, 0),
    ],
  });
}
