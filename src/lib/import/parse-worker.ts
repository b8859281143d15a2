// A thread of src/lib/import/parse-pool.ts: parses the content files it is sent, as the content
// check parses them, and pieces of the SECURITY.md as parseMarkdown does; each answer goes back
// with its number.
import { parentPort } from 'node:worker_threads';
import { parseContentFile } from '../content-check/parse';
import { parseGfm } from '../markdown/github-markdown';

export type Job = { index: number; file: string; source: string } | { index: number; pieces: string[] };

parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage(
    'pieces' in job
      ? { index: job.index, trees: job.pieces.map(parseGfm) }
      : { index: job.index, parse: parseContentFile(job.file, job.source) },
  );
});
