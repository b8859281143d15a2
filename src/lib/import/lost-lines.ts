import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { htmlText } from './html';
import { isTextOnGithub } from './raw-html-text';
import type { LeftOut } from './outline';

export interface LostLine {
  line: number;
  text: string;
}

/**
 * Text compared without white space and with plain quotes: line breaks, indentation and the
 * quotes a typographer would change are not the words.
 */
export const comparable = (text: string) =>
  text.normalize('NFC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, '');

/** The alt text of a JSX `<img>` (the import writes raw images so), which a reader sees when it does not load. */
const jsxAlt = (attributes: MdxJsxFlowElement['attributes']) => {
  const alt = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt')?.value;
  return typeof alt === 'string' ? alt : '';
};

/** The words of a node as a reader sees them: raw HTML by its text, images by their alt text. */
export function plainText(node: Nodes): string {
  let text = '';
  visit(node, (child) => {
    // `<!-- a -- b -->` inside a line is text on GitHub (raw-html-text.ts), and so on the site.
    if (child.type === 'html') text += isTextOnGithub(child.value) ? child.value : htmlText(child.value);
    else if (child.type === 'image') text += child.alt ?? '';
    else if (
      (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') &&
      child.name === 'img'
    )
      text += ` ${jsxAlt(child.attributes)} `;
    else if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code')
      text += child.value;
  });
  return text;
}

/**
 * Every piece of text of the source a reader sees (paragraphs, headings, table cells, code
 * lines, the text of raw HTML), with its line, except what was left out on purpose.
 */
export function sourceTexts(tree: Root, leftOut: readonly LeftOut[]): LostLine[] {
  const texts: LostLine[] = [];
  const skipped = (line: number) => leftOut.some((range) => line >= range.line && line <= range.endLine);
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (skipped(line)) return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      texts.push({ line, text: plainText(node) });
      return 'skip';
    }
    if (node.type === 'code') {
      node.value.split('\n').forEach((text, i) => texts.push({ line: line + 1 + i, text }));
      return 'skip';
    }
    if (node.type === 'html') texts.push({ line, text: htmlText(node.value) });
    return undefined;
  });
  return texts.filter((entry) => comparable(entry.text) !== '');
}

/**
 * Each text of the source that appears nowhere in `placed` (the site's text, made comparable).
 * The texts come in the order `placed` mostly has them, so each is looked for from where the
 * last one was found, and only one out of order searches the whole: linear in the length, where
 * searching the whole for each of a 5 MB file's texts was quadratic.
 */
export function lostLines(texts: readonly LostLine[], placed: string): LostLine[] {
  const haystack = comparable(placed);
  let cursor = 0;
  return texts.filter((entry) => {
    const needle = comparable(entry.text);
    const at = haystack.indexOf(needle, cursor);
    if (at !== -1) {
      cursor = at;
      return false;
    }
    return !haystack.includes(needle);
  });
}
