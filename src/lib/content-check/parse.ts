import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument } from 'yaml';
import { mdxCutPoints, parseInPieces } from '../markdown/pieces';
import type { ContentIssue } from './issue';

/** A content file as the checks see it: its Markdown tree and its frontmatter with line numbers. */
export interface ParsedFile {
  file: string;
  tree: Root;
  /** Frontmatter as plain data, or undefined when there is none or it is not valid YAML. */
  data: Record<string, unknown> | undefined;
  /** 1-based line of each top-level frontmatter key. */
  keyLines: Map<string, number>;
  /** Line of the opening `---` (1 when the file has frontmatter). */
  frontmatterLine: number;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/** Above this many characters a file is parsed in pieces: one parse of a long file is quadratic (see src/lib/markdown/pieces.ts). */
const pieceSize = 16 * 1024;

/** The file's tree, as one parse gives it; a syntax error is thrown as one parse throws it. */
export function parseMdx(source: string, piecesOf = pieceSize): Root {
  if (source.length > piecesOf)
    try {
      return parseInPieces(source, (text) => parser.parse(text), piecesOf, mdxCutPoints(source));
    } catch {
      // The whole file, for the error and its line as a single parse reports them.
    }
  return parser.parse(source);
}

/** A content file's tree: its parse, with the parser's transforms run. Throws on a syntax error. */
export const parseTree = (source: string): Root => parser.runSync(parseMdx(source)) as Root;

/** Where a content file's tree comes from: `parseTree`, or a store of trees parsed before (src/integrations/policy-trees.ts). */
export type TreeSource = (source: string) => Root;

/** The YAML parser's reason without its own position, which counts from the frontmatter, not the file. */
function yamlReason(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * How many times each file was parsed, by its path: a build reads each content file once for its
 * policy model, and the model's test holds it to that. On globalThis, because Astro loads this
 * module more than once in one build.
 */
export const parseCounts: Map<string, number> = ((
  globalThis as { __contentParses?: Map<string, number> }
).__contentParses ??= new Map());

/** Parses one MDX file; syntax errors come back as issues, never as thrown exceptions. */
export function parseContentFile(
  file: string,
  source: string,
  /** What the frontmatter must hold, for the message when there is none. */
  required = 'title, description and order',
  treeOf: TreeSource = parseTree,
): { parsed?: ParsedFile; issues: ContentIssue[] } {
  parseCounts.set(file, (parseCounts.get(file) ?? 0) + 1);
  let tree: Root;
  try {
    tree = treeOf(source);
  } catch (error) {
    const line = (error as { line?: number }).line ?? 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return { issues: [{ file, line, message: `MDX syntax error: ${reason}` }] };
  }

  const issues: ContentIssue[] = [];
  const keyLines = new Map<string, number>();
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) {
    issues.push({
      file,
      line: 1,
      message: `no frontmatter: start the file with a --- block holding ${required}`,
    });
    return { parsed: { file, tree, data: undefined, keyLines, frontmatterLine: 1 }, issues };
  }

  const frontmatterLine = yamlNode.position?.start.line ?? 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlNode.value, { lineCounter });
  for (const error of document.errors) {
    const at = error.linePos?.[0]?.line ?? 0;
    issues.push({
      file,
      line: frontmatterLine + at,
      message: `frontmatter is not valid YAML: ${yamlReason(error.message)}`,
    });
  }
  if (issues.length > 0)
    return { parsed: { file, tree, data: undefined, keyLines, frontmatterLine }, issues };

  const contents = document.contents as {
    items?: { key?: { range?: [number, number, number]; value?: unknown } }[];
  } | null;
  for (const pair of contents?.items ?? []) {
    const offset = pair.key?.range?.[0];
    if (offset !== undefined)
      keyLines.set(String(pair.key?.value), frontmatterLine + lineCounter.linePos(offset).line);
  }
  const data = document.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    issues.push({
      file,
      line: frontmatterLine,
      message: 'frontmatter must be key: value lines (title, description, order)',
    });
    return { parsed: { file, tree, data: undefined, keyLines, frontmatterLine }, issues };
  }
  return { parsed: { file, tree, data: data as Record<string, unknown>, keyLines, frontmatterLine }, issues };
}
