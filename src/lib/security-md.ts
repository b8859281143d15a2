import type { Heading, List, Root, RootContent } from 'mdast';
import { markdownOf, link, type MarkdownSection, type MarkdownSite } from './markdown/from-content';
import { generatedNotePrefix, siteNotePrefix } from './markdown/import-markers';
import { stringifyMarkdown, text } from './markdown/output';
import { groupByPart, orderSections, sectionLevel } from './sections';
import { sectionHeadingContent } from './markdown/heading-markdown';
import { headingId } from './slug';

// The import (src/lib/import/) reads the markers from here.
export { channelsEnd, channelsStart, generatedNotePrefix, siteNotePrefix } from './markdown/import-markers';
export type { MarkdownSection } from './markdown/from-content';

export interface SecurityMdInput extends MarkdownSite {
  title: string;
  /** Text under the title, before the first section (content/intro.mdx), parsed. */
  intro?: Root | undefined;
  sections: readonly MarkdownSection[];
  /** Where the file comes from, for the note that says not to edit it. */
  source: string;
}

/**
 * SECURITY.md, rendered from the same MDX as the site: GitHub-flavoured Markdown with the
 * headings (and so the ids GitHub gives them) of the policy's outline, a contents list that
 * also links each section's page on the site, and site links made absolute, or in-file where
 * the heading is in this file.
 */
export function securityMd(input: SecurityMdInput): string {
  const ordered = orderSections([...input.sections]);
  const inFile = new Set([
    headingId(input.title),
    ...ordered.flatMap((section) => [
      headingId(section.data.title),
      ...(section.data.part ? [headingId(section.data.part)] : []),
      ...section.headingIds,
    ]),
  ]);
  const asMarkdown = markdownOf(input, inFile);

  const body: RootContent[] = [];
  const contents: List = { type: 'list', ordered: false, spread: false, children: [] };
  const heading = (depth: number, title: string): Heading => ({
    type: 'heading',
    depth: depth as Heading['depth'],
    children: [text(title)],
  });
  const entry = (title: string, pageUrl?: string) => ({
    type: 'listItem' as const,
    spread: false,
    children: [
      {
        type: 'paragraph' as const,
        children: [
          link(`#${headingId(title)}`, title),
          ...(pageUrl ? [text(' ('), link(pageUrl, 'on the site'), text(')')] : []),
        ],
      },
    ],
  });

  for (const group of groupByPart(ordered)) {
    let list = contents;
    if (group.part) {
      body.push(heading(2, group.part.title));
      const partEntry = entry(group.part.title);
      const nested: List = { type: 'list', ordered: false, spread: false, children: [] };
      partEntry.children.push(nested as never);
      contents.children.push(partEntry);
      list = nested;
    }
    for (const section of group.sections) {
      const level = sectionLevel(section);
      body.push({ ...heading(level, ''), children: sectionHeadingContent(section.data) });
      list.children.push(entry(section.data.title, input.siteUrl(`/${section.id}/`)));
      body.push(...asMarkdown(section.tree, level - 1));
    }
  }

  const document: Root = {
    type: 'root',
    children: [
      heading(1, input.title),
      ...(input.intro ? asMarkdown(input.intro, 0) : []),
      {
        type: 'html',
        value: `${generatedNotePrefix} ${input.source}: edit those files, then run \`npm run security-md\`. -->`,
      },
      {
        type: 'paragraph',
        children: [text(`${siteNotePrefix} `), link(input.siteUrl('/'), input.siteUrl('/')), text('.')],
      },
      { type: 'paragraph', children: [{ type: 'strong', children: [text('Contents')] }] },
      contents,
      ...body,
    ],
  };
  return stringifyMarkdown(document);
}
