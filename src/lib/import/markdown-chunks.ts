// micromark resolves each GFM table by copying the events of everything before it (its EditMap),
// so one parse of a file with many tables takes time quadratic in its length: a 2 MB file took
// 84 s. A long file is parsed in pieces instead, cut only where CommonMark starts a new top-level
// block whatever came before: an ATX heading at the start of a line, after a blank line, outside
// fenced code and the HTML blocks that run on past blank lines. The pieces' trees, positions
// moved back into the whole file, are the tree one parse gives (tested on every fixture).
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

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

/**
 * `source` parsed by `parse` in pieces of at least `pieceSize` characters, as one tree. Each
 * piece is parsed with stand-ins for the definitions it refers to (so `[text][label]` and
 * `[^note]` read as references there too, wherever the definition is), which are taken out again.
 */
export function parseInPieces(source: string, parse: (text: string) => Root, pieceSize: number): Root {
  const starts = [0];
  for (const cut of cutPoints(source)) if (cut - starts.at(-1)! >= pieceSize) starts.push(cut);
  if (starts.length === 1) return parse(source);
  const labels = definitionLabels(source);
  const children: RootContent[] = [];
  let line = 1;
  starts.forEach((start, i) => {
    const piece = source.slice(start, starts[i + 1] ?? source.length);
    const stubs = stubsFor(piece, labels);
    const tree = parse(stubs ? `${piece}\n\n${stubs}\n` : piece);
    visit(tree, (node) => {
      const position = node.position;
      if (!position) return;
      for (const point of [position.start, position.end]) {
        point.line += line - 1;
        if (point.offset !== undefined) point.offset += start;
      }
    });
    for (const node of tree.children)
      if (node.position!.start.offset! < start + piece.length) children.push(node);
    line += piece.split('\n').length - 1;
  });
  return { type: 'root', children, position: endPosition(source) };
}

function endPosition(source: string): Root['position'] {
  const lines = source.split('\n');
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: source.length },
  };
}
