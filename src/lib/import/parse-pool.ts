// Parses on other threads what the import parses: the SECURITY.md's pieces, shared with this
// thread, and the files it writes, while this thread converts the next sections. Those parses
// are most of a large import's time (issue 17).
import type { Root } from 'mdast';
import { Worker } from 'node:worker_threads';
import { parseGfm, parseMarkdownWith } from '../markdown/github-markdown';
import type { FileParse, FileParser } from './file-parser';
import type { Job } from './parse-worker';

// The worker runs the site's TypeScript as `npm run import` does, wherever it is started from.
const workerUrl = new URL('./parse-worker.ts', import.meta.url);
const resolveHooks = new URL('../../../scripts/ts-resolve.mjs', import.meta.url).href;

/** A parser on `threads` worker threads; `close` ends them. */
export function parsePool(threads: number): FileParser & { close(): Promise<void> } {
  const workers = Array.from(
    { length: threads },
    () => new Worker(workerUrl, { execArgv: ['--import', resolveHooks] }),
  );
  const parses: FileParse[] = [];
  const pieceTrees: Root[][] = [];
  let sent = 0;
  let files = 0;
  let received = 0;
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  for (const worker of workers) {
    worker.on('message', (answer: { index: number; parse?: FileParse; trees?: Root[] }) => {
      if (answer.trees) pieceTrees[answer.index] = answer.trees;
      else parses[answer.index] = answer.parse!;
      received++;
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  const send = (job: Job) => workers[sent++ % threads]!.postMessage(job);
  const ready = () =>
    new Promise<void>((resolve, reject) => {
      wake = () => {
        if (failure) reject(failure);
        else if (received === sent) resolve();
      };
      wake();
    });
  // The pieces in as many runs as there are threads, this one included: this one parses the first.
  const parseAll = async (texts: string[]) => {
    const size = Math.ceil(texts.length / (threads + 1));
    const first = pieceTrees.length;
    pieceTrees.length += threads;
    for (let i = 1; i <= threads; i++)
      send({ index: first + i - 1, pieces: texts.slice(i * size, (i + 1) * size) });
    const own = texts.slice(0, size).map(parseGfm);
    await ready();
    return [own, ...Array.from({ length: threads }, (_, i) => pieceTrees[first + i]!)].flat();
  };
  return {
    markdown: (source) => parseMarkdownWith(source, parseAll),
    submit: (file, source) => send({ index: files++, file, source }),
    ready,
    take: () => {
      const parse = parses[next]!;
      parses[next++] = undefined as never;
      return parse;
    },
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
