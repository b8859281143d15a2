// Where the import parses the files it writes, for the content check: here, one after another,
// or (src/lib/import/parse-pool.ts) on other threads while the next sections are converted.
import { parseContentFile } from '../content-check/parse';

export type FileParse = ReturnType<typeof parseContentFile>;

export interface FileParser {
  /** Starts the parse of one written file. */
  submit(file: string, source: string): void;
  /** Resolves once every file submitted so far is parsed (at once for a parser on this thread). */
  ready(): Promise<void> | undefined;
  /** The next parse, in the order the files were submitted. */
  take(): FileParse;
}

/** Parses each file as it is submitted, on this thread. */
export function inProcessParser(): FileParser {
  const parses: FileParse[] = [];
  let next = 0;
  return {
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
