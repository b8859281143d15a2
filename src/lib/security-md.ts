import type { Heading, Link, List, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ReportingChannel } from '../config';
import { mdxComponentNames, type MdxComponentName } from './constants';
import { groupByPart, orderSections, sectionLevel, type SectionLike } from './sections';
import { jsxAsHtml } from './jsx-as-html';
import { link as linkNode, stringifyMarkdown, text } from './markdown-output';
import { headingId } from './slug';

export interface MarkdownSection extends SectionLike {
  /** The section's body as parsed (MDX), frontmatter included. */
  tree: Root;
  /** Ids of the body's headings, as the site gives them. */
  headingIds: readonly string[];
}

export interface SecurityMdInput {
  title: string;
  /** Text under the title, before the first section (content/intro.mdx), parsed. */
  intro?: Root | undefined;
  sections: readonly MarkdownSection[];
  channels: readonly ReportingChannel[];
  /** The absolute URL of a site path ("/data-privacy/" → "https://…/keras/data-privacy/"). */
  siteUrl: (path: string) => string;
  /** Where the file comes from, for the note that says not to edit it. */
  source: string;
}

/** How the note that SECURITY.md is generated starts: the import leaves it out. */
export const generatedNotePrefix = '<!-- Generated from';

/** How the line linking the site starts: the import leaves it out. */
export const siteNotePrefix = 'Also on the web, searchable and with a link for every heading:';

/**
 * The configured channels are written between these, so importing SECURITY.md again gives back
 * `<ReportingChannels />` rather than a copy of today's channels.
 */
export const channelsStart = '<!-- ReportingChannels: the channels of src/config.ts -->';
export const channelsEnd = '<!-- /ReportingChannels -->';

const link = (url: string, label: string): Link => linkNode(url, label);

/** What each MDX component stands for in plain Markdown. */
function componentMarkdown(name: MdxComponentName, input: Pick<SecurityMdInput, 'channels'>): RootContent {
  switch (name) {
    case 'ReportingChannels':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        children: input.channels.map((channel) => ({
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [link(channel.url, channel.label), text(`: ${channel.description}`)],
            },
          ],
        })),
      } satisfies List;
  }
}

/**
 * Turns content trees into plain Markdown for a file holding the ids `inFile`: headings `shift`
 * levels deeper, site links made in-file where the heading is in the file and absolute elsewhere,
 * components and MDX comments as GitHub shows them.
 */
function markdownOf(
  input: Pick<SecurityMdInput, 'channels' | 'siteUrl'>,
  inFile: ReadonlySet<string>,
): (source: Root, shift: number) => RootContent[] {
  const localUrl = (url: string) => {
    if (!url.startsWith('/') || url.startsWith('//')) return url;
    const fragment = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
    return fragment && inFile.has(fragment) ? `#${fragment}` : input.siteUrl(url);
  };

  return (source: Root, shift: number): RootContent[] => {
    const tree = structuredClone(source);
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift) as Heading['depth'];
      if (node.type === 'link' || node.type === 'definition') node.url = localUrl(node.url);
      // Components become Markdown; plain HTML (<details>, <img>…) stays HTML, as GitHub renders it.
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        mdxComponentNames.includes(node.name as MdxComponentName) &&
        parent &&
        index !== undefined
      ) {
        parent.children.splice(
          index,
          1,
          { type: 'html', value: channelsStart },
          componentMarkdown(node.name as MdxComponentName, input) as never,
          { type: 'html', value: channelsEnd },
        );
        return index + 3;
      }
      // Plain HTML holding only text is written as HTML, its text never escaped as Markdown.
      // MDX reads an element written alone on its line with text inside as a paragraph of it.
      const alone = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : node;
      if (
        (alone?.type === 'mdxJsxFlowElement' || alone?.type === 'mdxJsxTextElement') &&
        (node.type === 'paragraph' || node.type === 'mdxJsxFlowElement') &&
        parent &&
        index !== undefined
      ) {
        const written = jsxAsHtml(alone);
        if (written !== undefined) {
          parent.children.splice(index, 1, { type: 'html', value: written } as never);
          return undefined;
        }
      }
      // An MDX comment ({/* note */}) is an HTML comment on GitHub.
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(node.value);
        if (comment && parent && index !== undefined) {
          parent.children.splice(index, 1, {
            type: 'html',
            value: `<!-- ${comment[1]!.trim()} -->`,
          } as never);
        }
      }
      return undefined;
    });
    return tree.children.filter((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
  };
}

const stringify = (document: Root) => stringifyMarkdown(document);

/**
 * One section as Markdown, the twin of its page (`/data-privacy.md`): its title as `#`, its text
 * as SECURITY.md has it, links to its own headings in-file and to the rest of the site absolute.
 */
export function sectionMarkdown(
  section: MarkdownSection,
  input: Pick<SecurityMdInput, 'channels' | 'siteUrl'>,
): string {
  const inFile = new Set([headingId(section.data.title), ...section.headingIds]);
  return stringify({
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(section.data.title)] },
      ...markdownOf(input, inFile)(section.tree, 0),
    ],
  });
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
      body.push(heading(level, section.data.title));
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
  return stringify(document);
}
