// What a reader sees of an MDX body, block by block: what the import compares with the
// SECURITY.md's own text (nothing lost) and with the old content (what changed).
import type { Root, RootContent } from 'mdast';
import type { ReportingChannel } from '../../config';
import { parseContentFile } from '../content-check/parse';
import { plainText } from './lost-lines';
import { tableBlocks } from './table-blocks';

/** The text of MDX as a reader sees it, `<ReportingChannels />` as the channels it lists. */
export function mdxText(mdx: string, channels: readonly ReportingChannel[]): string[] {
  const { parsed } = parseBody(mdx);
  return parsed ? mdxTextOf(parsed.tree, channels) : [mdx];
}

/** A section body parsed as the content check parses a file. */
const parseBody = (mdx: string) => parseContentFile('import', `---\ntitle: x\n---\n${mdx}`);

/** The text of a parsed MDX body as a reader sees it, block by block. */
export function mdxTextOf(tree: Root, channels: readonly ReportingChannel[]): string[] {
  const blocks: string[] = [];
  const channelText = channels.map((c) => `${c.label}: ${c.description}`);
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'yaml') continue;
      if (node.type === 'mdxJsxFlowElement' && node.name === 'ReportingChannels') blocks.push(...channelText);
      else if (node.type === 'table') blocks.push(...tableBlocks(node));
      else if (
        node.type === 'list' ||
        node.type === 'blockquote' ||
        node.type === 'listItem' ||
        (node.type === 'mdxJsxFlowElement' && node.name !== 'img')
      )
        walk(node.children as RootContent[]);
      else blocks.push(plainText(node));
    }
  };
  walk(tree.children);
  return blocks.filter((block) => block.trim() !== '');
}
