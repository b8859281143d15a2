// MDX comments a maintainer wrote in a section ({/* note */}) exist only on the site: the
// SECURITY.md being imported has them only if the site wrote them there. The import puts each
// back beside the text it stood beside, or lists it as dropped, never drops one unsaid.
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { comparable, plainText } from './lost-lines';
import { stringifyMdx } from '../markdown/github-markdown';

/** A comment of the existing content that the new content has no place for. */
export interface DroppedComment {
  /** Line in the content file. */
  line: number;
  /** The comment as written. */
  text: string;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const commentPattern = /^\s*\/\*([\s\S]*)\*\/\s*$/;

type Expression = Extract<RootContent, { type: 'mdxFlowExpression' | 'mdxTextExpression' }>;

const isComment = (node: { type: string; value?: unknown }): node is Expression =>
  (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
  typeof node.value === 'string' &&
  commentPattern.test(node.value);

/** A comment's words, white space aside: written with or without spaces, or imported from `<!-- a -->`, it is one comment. */
const commentKey = (node: Expression) => comparable(commentPattern.exec(node.value)![1]!);

function parse(mdx: string): Root | undefined {
  try {
    return mdxParser.runSync(mdxParser.parse(mdx)) as Root;
  } catch {
    return undefined;
  }
}

const start = (node: RootContent) => node.position!.start.offset!;
const end = (node: RootContent) => node.position!.end.offset!;

/** What a block says, to find it again: its kind and its words. */
const blockKey = (node: RootContent) => `${node.type}:${comparable(plainText(node))}`;

/** A block as MDX with its comments taken out: equal for two blocks that differ only by them. */
function withoutComments(node: RootContent): string {
  const copy = structuredClone(node);
  visit({ type: 'root', children: [copy] } as Root, (child, index, parent) => {
    if (isComment(child) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  // The space either side of an inline comment is left behind: white space is not the text.
  return stringifyMdx({ type: 'root', children: [copy] }).replace(/\s+/g, ' ');
}

/** The comments of an MDX body, each with its line (for a section whose whole file goes). */
export function commentsOf(body: string, firstLine: number): DroppedComment[] {
  const tree = parse(body);
  const found: DroppedComment[] = [];
  if (!tree) return found;
  visit(tree, (node) => {
    if (isComment(node))
      found.push({
        line: firstLine + node.position!.start.line - 1,
        text: body.slice(start(node), end(node)),
      });
  });
  return found;
}

/**
 * `next` (the body the import wrote) with the comments of `previous` (the body the site had) put
 * back: a comment between blocks goes before the block it preceded (or after the one it followed,
 * at the end), found by its words; a comment inside a block is kept when that block is otherwise
 * unchanged. Comments `next` already holds (the file carried them) are not doubled.
 * `firstLine` is the line of the file `previous` starts on, for the dropped ones.
 */
export function keepSiteComments(
  previous: string,
  next: string,
  firstLine: number,
): { body: string; dropped: DroppedComment[] } {
  const old = parse(previous);
  const now = parse(next);
  if (!old || !now) return { body: next, dropped: [] };

  const present = new Map<string, number>();
  visit(now, (node) => {
    if (isComment(node)) present.set(commentKey(node), (present.get(commentKey(node)) ?? 0) + 1);
  });
  const alreadyThere = (node: Expression) => {
    const left = present.get(commentKey(node)) ?? 0;
    if (left > 0) present.set(commentKey(node), left - 1);
    return left > 0;
  };

  const blocks = now.children;
  const keys = blocks.map(blockKey);
  const before = new Map<number, string[]>();
  const after = new Map<number, string[]>();
  const replaced = new Map<number, string>();
  const used = new Set<number>();
  /** Where each block of `previous` was found in `next`. */
  const matchedAt = new Map<RootContent, number>();
  const dropped: DroppedComment[] = [];
  const source = (node: RootContent) => previous.slice(start(node), end(node));
  const drop = (node: RootContent) =>
    dropped.push({ line: firstLine + node.position!.start.line - 1, text: source(node) });
  // Blocks are searched from the last one matched on, so repeated text keeps its order.
  let cursor = 0;
  const find = (key: string) => {
    for (const from of [cursor, 0])
      for (let i = from; i < keys.length; i++)
        if (keys[i] === key && !used.has(i)) {
          cursor = i;
          return i;
        }
    return -1;
  };
  const push = (map: Map<number, string[]>, at: number, text: string) =>
    map.set(at, [...(map.get(at) ?? []), text]);

  old.children.forEach((node, i) => {
    if (isComment(node)) {
      if (alreadyThere(node)) return;
      const nextBlock = old.children.slice(i + 1).find((n) => !isComment(n));
      const previousBlock = old.children
        .slice(0, i)
        .reverse()
        .find((n) => !isComment(n));
      if (!nextBlock && !previousBlock) {
        // A body of comments only: they stay at its top.
        push(before, 0, source(node));
        return;
      }
      const at = nextBlock ? find(blockKey(nextBlock)) : (matchedAt.get(previousBlock!) ?? -1);
      if (at === -1) return drop(node);
      push(nextBlock ? before : after, at, source(node));
      return;
    }
    const inner: Expression[] = [];
    visit(node, (child) => {
      if (isComment(child)) inner.push(child);
    });
    const missing = inner.filter((comment) => !alreadyThere(comment));
    const at = find(blockKey(node));
    if (at !== -1) {
      used.add(at);
      matchedAt.set(node, at);
    }
    if (missing.length === 0) return;
    if (at !== -1 && withoutComments(node) === withoutComments(blocks[at]!)) replaced.set(at, source(node));
    else for (const comment of missing) drop(comment);
  });

  if (before.size + after.size + replaced.size === 0) return { body: next, dropped };
  if (blocks.length === 0) return { body: [...(before.get(0) ?? [])].join('\n\n'), dropped };
  let body = next.slice(0, start(blocks[0]!));
  blocks.forEach((block, i) => {
    for (const text of before.get(i) ?? []) body += `${text}\n\n`;
    body += replaced.get(i) ?? next.slice(start(block), end(block));
    for (const text of after.get(i) ?? []) body += `\n\n${text}`;
    body += next.slice(end(block), blocks[i + 1] ? start(blocks[i + 1]!) : next.length);
  });
  return { body, dropped };
}

/**
 * The new body of a file (`next`) with the comments its previous body had put back, and those it
 * has no place for, named by `file` (the content file's path for messages).
 */
export function siteCommentsKept(
  previous: { body: string; bodyLine: number } | undefined,
  next: string,
  file: string,
): { body: string; dropped: (DroppedComment & { file: string })[] } {
  if (!previous) return { body: next, dropped: [] };
  const kept = keepSiteComments(previous.body, next, previous.bodyLine);
  return { body: kept.body, dropped: kept.dropped.map((comment) => ({ ...comment, file })) };
}
