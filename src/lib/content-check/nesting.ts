import type { ContentIssue } from './issue';

/**
 * The deepest nesting of lists and quotes a section may have. A policy needs two or three
 * levels; the Markdown parser takes time that grows fast with depth and overflows its stack in
 * the thousands, so deeper text is refused before it is parsed.
 */
export const deepestNesting = 16;

/**
 * One level of a line's prefix: a list marker or quote marker, or two columns of indentation. A
 * quote marker needs no space after it (`>>>` is three quotes), a list marker does.
 */
const marker = /^(?:(?:[-*+]|\d{1,9}[.)])(?=\s|$)|>)/;

/** How deeply a line's start nests lists and quotes. */
export function nestingOf(line: string): number {
  let depth = 0;
  let rest = line.replace(/\t/g, '    ');
  const indent = rest.length - rest.trimStart().length;
  depth += Math.floor(indent / 2);
  rest = rest.trimStart();
  for (let match = marker.exec(rest); match; match = marker.exec(rest)) {
    depth++;
    rest = rest.slice(match[0].length).trimStart();
  }
  return depth;
}

/** The first line nested deeper than `deepestNesting`, as an issue. */
export function checkNesting(file: string, source: string): ContentIssue | undefined {
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const depth = nestingOf(lines[index]!);
    if (depth > deepestNesting)
      return {
        file,
        line: index + 1,
        message: `lists or quotes nested ${depth} levels deep: a policy reads best with three or fewer, and more than ${deepestNesting} is refused; flatten it`,
      };
  }
  return undefined;
}
