// Where the import parses: the SECURITY.md, and the files it writes for the content check. Here,
// one after another, or (src/lib/import/parse-pool.ts) on other threads.
import type { Root } from 'mdast';
import { parseContentFile } from '../content-check/parse';
import { parseMarkdown } from '../markdown/github-markdown';

export type FileParse = ReturnType<typeof parseContentFile>;

export interface FileParser {
  /** The SECURITY.md's tree, as parseMarkdown gives it. */
  markdown(source: string): Root | Promise<Root>;
  /** Starts the parse of one written file. */
  submit(file: string, source: string): void;
  /** Resolves once every file submitted so far is parsed (nothing to wait for on this thread). */
  ready(): Promise<void> | undefined;
  /** The next parse, in the order the files were submitted. */
  take(): FileParse;
}

/** Parses on this thread, each file as it is submitted. */
export function inProcessParser(): FileParser {
  const parses: FileParse[] = [];
  let next = 0;
  return {
    markdown: parseMarkdown,
    submit: (file, source) => {
      parses.push(parseContentFile(file, source));
    },
    ready: () => undefined,
    take: () => {
      const parse = parses[next]!;
      parses[next++] = undefined as never;
      return parse;
    },
  };
}
