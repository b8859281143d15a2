// A thread of src/lib/import/parse-pool.ts: parses the content files it is sent, as the content
// check parses them, and sends each parse back with its number.
import { parentPort } from 'node:worker_threads';
import { parseContentFile } from '../content-check/parse';

parentPort!.on('message', ({ index, file, source }: { index: number; file: string; source: string }) => {
  parentPort!.postMessage({ index, parse: parseContentFile(file, source) });
});
