import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import { frontMatterAsTable } from './front-matter-table';
import { parseInPieces, parsePiecesTogether } from './pieces';

/** How the site writes Markdown, in SECURITY.md and in imported sections alike. */
export const markdownStyle: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
};

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/**
 * Above this many characters a file is parsed in pieces (see pieces.ts): no policy is
 * this long. Each piece is still quadratic in its tables, so pieces are kept short.
 */
const pieceSize = 16 * 1024;

/**
 * A SECURITY.md as GitHub reads it: CommonMark with GitHub's extensions (tables, footnotes,
 * autolinks), front matter as the table GitHub shows.
 */
export function parseMarkdown(markdown: string, piecesOf = pieceSize): Root {
  const source = frontMatterAsTable(markdown);
  return source.length <= piecesOf ? parseGfm(source) : parseInPieces(source, parseGfm, piecesOf);
}

/** One text as GitHub's Markdown, in one parse: what parseMarkdown does with each piece. */
export const parseGfm = (text: string): Root => markdownParser.parse(text);

/** The tree parseMarkdown gives, its pieces parsed by `parseAll` (which parses each with parseGfm, on other threads). */
export const parseMarkdownWith = (markdown: string, parseAll: (texts: string[]) => Promise<Root[]>) =>
  parsePiecesTogether(frontMatterAsTable(markdown), parseAll, pieceSize);

const mdxWriter = unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, markdownStyle);

/** A tree as MDX text: `{` and `<` in text are escaped so MDX reads them as text. */
export function stringifyMdx(tree: Root): string {
  return mdxWriter.stringify(tree);
}
