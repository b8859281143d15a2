// micromark resolves each GFM table by copying the events of everything before it (its EditMap),
// so one parse of a file with many tables takes time quadratic in its length: a 2 MB file took
// 84 s. A long file is parsed in pieces instead, cut only where CommonMark starts a new top-level
// block whatever came before: an ATX heading at the start of a line, after a blank line, outside
// fenced code and the HTML blocks that run on past blank lines. The pieces' trees, positions
// moved back into the whole file, are the tree one parse gives (tested on every fixture).
import type { Root, RootContent } from 'mdast';

/** Offsets where a piece may start: the first character of such a heading line. */
export function cutPoints(source: string): number[] {
  const cuts: number[] = [];
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = true;
  let offset = 0;
  for (const line of source.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (close && close[0] === fence.char && close.length >= fence.length) fence = undefined;
      previousBlank = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      previousBlank = false;
      continue;
    }
    if (previousBlank && at > 0 && /^#{1,6}(?:[ \t]|$)/.test(line)) cuts.push(at);
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`')))
      fence = { char: open[1]![0]!, length: open[1]!.length };
    else htmlEnd = htmlBlockEnd(line);
    previousBlank = /^[ \t]*$/.test(line);
  }
  return cuts;
}

/**
 * Where an MDX file may be cut: as Markdown, after its frontmatter (a `# comment` there is YAML).
 * A JSX element or an expression across a cut makes its pieces fail to parse, which
 * parseInPieces answers by parsing them joined.
 */
export function mdxCutPoints(source: string): number[] {
  if (!/^---[ \t]*\n/.test(source)) return cutPoints(source);
  const end = /\n---[ \t]*(?:\n|$)/.exec(source);
  if (!end) return [];
  return cutPoints(source).filter((cut) => cut >= end.index + end[0].length);
}

/** For a line starting an HTML block that blank lines do not end (CommonMark kinds 1–5), its end; the start line may end it too. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const start =
    /^ {0,3}<(?:(script|pre|style|textarea)(?:[\s>]|$)|(!--)|(\?)|(![a-zA-Z])|(!\[CDATA\[))/i.exec(line);
  if (!start) return undefined;
  const end = start[1]
    ? /<\/(script|pre|style|textarea)>/i
    : start[2]
      ? /-->/
      : start[3]
        ? /\?>/
        : start[4]
          ? />/
          : /\]\]>/;
  const rest = line.slice(start.index + start[0].length);
  return end.test(rest) ? undefined : end;
}

/** A label as CommonMark matches references to definitions (micromark's normalizeIdentifier). */
const normalise = (label: string) =>
  label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();

/** Link and footnote definitions outside fenced code, by normalised label (`^` first for a footnote): the first one's label as written. */
function definitionLabels(source: string): Map<string, string> {
  const labels = new Map<string, string>();
  let fence = false;
  for (const line of source.split('\n')) {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) continue;
    const definition = /^ {0,3}\[(\^?)((?:[^\]\\\n]|\\.){1,999})\]:/.exec(line);
    if (definition) {
      const key = `${definition[1]}${normalise(definition[2]!)}`;
      if (!labels.has(key)) labels.set(key, `${definition[1]}${definition[2]}`);
    }
  }
  return labels;
}

/** Stand-ins for the definitions a piece may refer to (any `[label]` in it): only those, so each piece stays its own size. */
function stubsFor(piece: string, labels: ReadonlyMap<string, string>): string {
  const stubs = new Set<string>();
  for (const match of piece.matchAll(/\[(\^?)((?:[^\]\\\n]|\\.){1,999})\]/g)) {
    const label = labels.get(`${match[1]}${normalise(match[2]!)}`);
    if (label !== undefined) stubs.add(label.startsWith('^') ? `[${label}]: .` : `[${label}]: #`);
  }
  return [...stubs].join('\n\n');
}

/** Where each piece starts: at a cut, once the piece before is at least `pieceSize` long. */
function pieceStarts(cuts: readonly number[], pieceSize: number): number[] {
  const starts = [0];
  for (const cut of cuts) if (cut - starts.at(-1)! >= pieceSize) starts.push(cut);
  return starts;
}

/** One piece of `source` (from the `from`th start up to the `to`th) and the text to parse for it: with its stand-ins. */
function pieceAt(
  source: string,
  starts: readonly number[],
  from: number,
  to: number,
  labels: ReadonlyMap<string, string>,
) {
  const start = starts[from]!;
  const piece = source.slice(start, starts[to] ?? source.length);
  const stubs = stubsFor(piece, labels);
  return { start, piece, text: stubs ? `${piece}\n\n${stubs}\n` : piece };
}

/** Takes a piece's tree into the whole file's: its positions moved, the stand-ins left out. Returns the line the next piece starts on. */
function place(tree: Root, start: number, piece: string, line: number, children: RootContent[]): number {
  shiftPositions(tree, line - 1, start);
  for (const node of tree.children)
    if (node.position!.start.offset! < start + piece.length) children.push(node);
  return line + piece.split('\n').length - 1;
}

/**
 * `source` parsed by `parse` in pieces of at least `pieceSize` characters, as one tree. Each
 * piece is parsed with stand-ins for the definitions it refers to (so `[text][label]` and
 * `[^note]` read as references there too, wherever the definition is), which are taken out again.
 * A piece `parse` throws on (MDX: a JSX element or `{expression}` cut in two) is parsed again
 * joined to the next; the last one's error is thrown, for the caller to parse the whole.
 */
export function parseInPieces(
  source: string,
  parse: (text: string) => Root,
  pieceSize: number,
  cuts: readonly number[] = cutPoints(source),
): Root {
  const starts = pieceStarts(cuts, pieceSize);
  if (starts.length === 1) return parse(source);
  const labels = definitionLabels(source);
  const children: RootContent[] = [];
  let line = 1;
  for (let i = 0; i < starts.length;) {
    let next = i + 1;
    for (;;) {
      const { start, piece, text } = pieceAt(source, starts, i, next, labels);
      let tree: Root;
      try {
        tree = parse(text);
      } catch (error) {
        if (next >= starts.length) throw error;
        next++;
        continue;
      }
      line = place(tree, start, piece, line, children);
      break;
    }
    i = next;
  }
  return { type: 'root', children, position: endPosition(source) };
}

/**
 * The same tree for a parser that never throws (GitHub's Markdown), its pieces' texts parsed by
 * `parseAll` all at once (on other threads: src/lib/import/parse-pool.ts).
 */
export async function parsePiecesTogether(
  source: string,
  parseAll: (texts: string[]) => Promise<Root[]>,
  pieceSize: number,
): Promise<Root> {
  const starts = pieceStarts(cutPoints(source), pieceSize);
  if (starts.length === 1) return (await parseAll([source]))[0]!;
  const labels = definitionLabels(source);
  const pieces = starts.map((_, i) => pieceAt(source, starts, i, i + 1, labels));
  const trees = await parseAll(pieces.map((piece) => piece.text));
  const children: RootContent[] = [];
  let line = 1;
  pieces.forEach(({ start, piece }, i) => {
    line = place(trees[i]!, start, piece, line, children);
  });
  return { type: 'root', children, position: endPosition(source) };
}

/**
 * Moves every position in a piece's tree into the whole file: the unist points of its nodes and
 * of MDX's attributes, and the offsets of the JavaScript trees MDX keeps for expressions. A
 * walk with a stack of its own: a tree may nest deeper than the call stack.
 */
function shiftPositions(tree: Root, lines: number, offset: number) {
  const seen = new Set<object>();
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const object = value as Record<string, unknown>;
    if (typeof object.line === 'number' && typeof object.column === 'number') {
      object.line += lines;
      if (typeof object.offset === 'number') object.offset += offset;
      continue;
    }
    if (
      typeof object.type === 'string' &&
      typeof object.start === 'number' &&
      typeof object.end === 'number'
    ) {
      object.start += offset;
      object.end += offset;
    }
    if (Array.isArray(object.range) && typeof object.range[0] === 'number')
      object.range = object.range.map((at: number) => at + offset);
    for (const key in object) if (key !== 'range') stack.push(object[key]);
  }
}

function endPosition(source: string): Root['position'] {
  const lines = source.split('\n');
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: source.length },
  };
}
