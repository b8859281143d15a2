// Parses the files the import writes on other threads, while this one converts the next
// sections: the MDX parse is most of a large import's time (issue 17).
import { Worker } from 'node:worker_threads';
import type { FileParse, FileParser } from './file-parser';

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
  let submitted = 0;
  let received = 0;
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  for (const worker of workers) {
    worker.on('message', ({ index, parse }: { index: number; parse: FileParse }) => {
      parses[index] = parse;
      received++;
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  return {
    submit: (file, source) => {
      workers[submitted % threads]!.postMessage({ index: submitted++, file, source });
    },
    ready: () =>
      new Promise<void>((resolve, reject) => {
        wake = () => {
          if (failure) reject(failure);
          else if (received === submitted) resolve();
        };
        wake();
      }),
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
