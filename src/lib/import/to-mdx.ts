import type { Definition, Heading, Html, Link, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { keepAlertMarkers } from '../../markdown/alert-markers';
import { remarkProtocolAutolinks } from '../../markdown/remark-protocol-autolinks';
import { runsScript } from '../content-check/unsafe';
import { channelsEnd, channelsStart } from '../security-md';
import { convertHtmlPieces, htmlText, type HtmlPiece, type ImportNote } from './html';
import { stringifyMdx } from '../markdown/github-markdown';
import { isTextOnGithub } from './raw-html-text';
import { closeUnclosedTags, flowParents } from './unclosed-tags';
import { keepInlineHtmlInline } from './inline-html';

export interface ConvertOptions {
  /** Heading level of the section's own heading in the source; its sub-headings become `##`…. */
  sectionDepth: number;
  /** Every link definition of the file, by normalised label: reference links become inline ones. */
  definitions: ReadonlyMap<string, Definition>;
  /** Where a link of the source leads on the site (`#id` → `/page/#id`, relative → the repository). */
  resolveUrl: (url: string, image: boolean) => string;
  /** Whether the site shows an image from that (resolved) address; else it is a link (src/lib/image-sources.ts). */
  showsImage?: (url: string) => boolean;
}

export interface Converted {
  mdx: string;
  notes: ImportNote[];
  errors: ImportNote[];
}

const text = (value: string): Text => ({ type: 'text', value });

/** The label a reference is looked up by, as CommonMark compares them. */
export const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Deepest heading a section body may use (the content check's rule). */
const deepestBodyHeading = 4;

/**
 * Section body in the source's Markdown → the same text as MDX the site renders: headings start
 * at `##` without skipping a level, reference links and images are written inline, images the
 * site does not load become links (src/lib/image-sources.ts), raw HTML is made JSX, and text MDX would read
 * as code (`{`, `<`, a line starting `import`) is escaped.
 */
export function convertBody(nodes: readonly RootContent[], options: ConvertOptions): Converted {
  const tree: Root = { type: 'root', children: structuredClone([...nodes]) };
  const notes: ImportNote[] = [];
  // `mailto:a@b.c` links whole on GitHub: written as one autolink, which MDX links whole too.
  remarkProtocolAutolinks()(tree);

  // The site's own SECURITY.md writes its configured channels between two markers.
  for (let i = 0; i < tree.children.length; i++) {
    const node = tree.children[i]!;
    if (node.type !== 'html' || node.value.trim() !== channelsStart) continue;
    const end = tree.children.findIndex(
      (n, j) => j > i && n.type === 'html' && n.value.trim() === channelsEnd,
    );
    if (end === -1) continue;
    const component: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'ReportingChannels',
      attributes: [],
      children: [],
    };
    tree.children.splice(i, end - i + 1, component as never);
  }

  // A list is loose when one of its items is (CommonMark): said on the list, it stays loose
  // when the link definition that made an item so is written elsewhere.
  visit(tree, 'list', (list) => {
    if (list.children.some((item) => item.spread)) list.spread = true;
  });

  let previousDepth = 1;
  visit(tree, (node, index, parent) => {
    if (node.type === 'definition') {
      parent?.children.splice(index!, 1);
      return [SKIP, index!];
    }
    if (node.type === 'heading') {
      const shifted = node.depth - options.sectionDepth + 1;
      const depth = Math.max(2, Math.min(shifted, previousDepth + 1, deepestBodyHeading));
      if (depth !== shifted && shifted > deepestBodyHeading)
        notes.push({
          line: node.position?.start.line ?? 1,
          message: `"${toString(node)}" is nested deeper than the site shows headings: shown at level ${depth}, its id unchanged`,
        });
      node.depth = depth as Heading['depth'];
      previousDepth = depth;
      // An empty heading (`##` alone) shows as one on GitHub, an empty line of its size: the
      // site's content check refuses `##` alone, a mistake in a file written for the site, so it
      // is written as HTML.
      if (toString(node).trim() === '') {
        parent!.children.splice(index!, 1, { type: 'html', value: `<h${depth}></h${depth}>` } as never);
        return [SKIP, index!];
      }
    }
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = options.definitions.get(normaliseLabel(node.identifier));
      const url = definition?.url ?? '';
      const replacement: RootContent =
        node.type === 'linkReference'
          ? { type: 'link', url, title: definition?.title ?? null, children: node.children }
          : { type: 'image', url, alt: node.alt ?? '', title: definition?.title ?? null };
      parent!.children.splice(index!, 1, replacement as never);
      return [SKIP, index!];
    }
    return undefined;
  });

  const errors: ImportNote[] = [];
  visit(tree, (node, index, parent) => {
    if ((node.type === 'link' || node.type === 'image') && runsScript(node.url))
      errors.push({
        line: node.position?.start.line ?? 1,
        message: `the link "${node.url}" runs script: link to a page (https://…) instead`,
      });
    if (node.type === 'link') node.url = options.resolveUrl(node.url, false);
    if (node.type === 'image') {
      const url = options.resolveUrl(node.url, true);
      if (options.showsImage?.(url)) {
        node.url = url;
        return undefined;
      }
      const alt = node.alt?.trim() || 'image';
      const replacement: RootContent =
        parent?.type === 'link'
          ? text(alt)
          : ({
              type: 'link',
              url,
              title: node.title ?? null,
              children: [text(alt)],
            } satisfies Link);
      parent!.children.splice(index!, 1, replacement as never);
      return [SKIP, index!];
    }
    return undefined;
  });

  notes.push(...closeUnclosedTags(tree));
  keepInlineHtmlInline(tree);
  const htmlNodes: { node: Html; flow: boolean }[] = [];
  visit(tree, 'html', (node: Html, index, parent) => {
    const flow = parent !== undefined && flowParents.has(parent.type);
    if (!flow && isTextOnGithub(node.value)) {
      parent!.children.splice(index!, 1, text(node.value) as never);
      return [SKIP, index!];
    }
    htmlNodes.push({ node, flow });
    return undefined;
  });
  const pieces: HtmlPiece[] = htmlNodes.map(({ node, flow }) => ({
    html: node.value,
    line: node.position?.start.line ?? 1,
    flow,
  }));
  const html = convertHtmlPieces(pieces, options.resolveUrl, options.showsImage);
  htmlNodes.forEach(({ node }, i) => {
    node.value = html.mdx[i]!;
  });

  return {
    mdx: escapeImportLines(stringifyMdx(keepAlertMarkers(tree))),
    notes: [...notes, ...html.notes],
    errors: [...errors, ...html.errors],
  };
}

/**
 * MDX reads a line starting `import` or `export` as code, even in a paragraph: its first letter
 * is written as a character reference, which shows the same.
 */
export function escapeImportLines(mdx: string): string {
  let fence: string | undefined;
  return mdx
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === undefined || marker.startsWith(fence))) {
        fence = fence === undefined ? marker : undefined;
        return line;
      }
      if (fence !== undefined) return line;
      return line.replace(
        /^(\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)*)(import|export)\b/,
        (_, lead: string, word: string) => `${lead}&#${word.charCodeAt(0)};${word.slice(1)}`,
      );
    })
    .join('\n');
}

/** Text of the source with the HTML reduced to its words: what the import falls back to for a section MDX cannot read. */
export function withoutHtml(nodes: readonly RootContent[]): RootContent[] {
  const tree: Root = { type: 'root', children: structuredClone([...nodes]) };
  visit(tree, 'html', (node: Html, index, parent) => {
    parent!.children.splice(index!, 1, text(htmlText(node.value)) as never);
    return [SKIP, index!];
  });
  return tree.children;
}
