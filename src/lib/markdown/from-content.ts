// Content trees (MDX) as plain Markdown, the way SECURITY.md and the Markdown twins write them.
import type { Heading, Link, List, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ReportingChannel } from '../../config';
import { mdxComponentNames, type MdxComponentName } from '../constants';
import type { SectionLike } from '../sections';
import { jsxAsHtml } from '../jsx-as-html';
import { channelsEnd, channelsStart } from './import-markers';
import { link as linkNode, text } from './output';

export interface MarkdownSection extends SectionLike {
  /** The section's body as parsed (MDX), frontmatter included. */
  tree: Root;
  /** Ids of the body's headings, as the site gives them. */
  headingIds: readonly string[];
}

/** What the Markdown of content needs from the site: its channels and its addresses. */
export interface MarkdownSite {
  channels: readonly ReportingChannel[];
  /** The absolute URL of a site path ("/data-privacy/" → "https://…/keras/data-privacy/"). */
  siteUrl: (path: string) => string;
}

export const link = (url: string, label: string): Link => linkNode(url, label);

/** What each MDX component stands for in plain Markdown. */
function componentMarkdown(name: MdxComponentName, input: Pick<MarkdownSite, 'channels'>): RootContent {
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
export function markdownOf(
  input: MarkdownSite,
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
