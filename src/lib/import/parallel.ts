// The import of a large file, its written files parsed on other threads (src/lib/import/parse-pool.ts):
// the same result as importSecurityMd (tested on every fixture), sooner where there are cores to spare.
import { importSteps } from './index';
import { parsePool } from './parse-pool';
import type { ImportInput, ImportResult } from './types';

/** From this size of source on, `npm run import` parses on other threads; below, starting them costs more than it saves. */
export const parallelFromBytes = 512 * 1024;

export async function importSecurityMdInParallel(input: ImportInput, threads: number): Promise<ImportResult> {
  const pool = parsePool(threads);
  try {
    const steps = importSteps(input, pool);
    for (let step = steps.next(); ; step = steps.next(await step.value)) if (step.done) return step.value;
  } finally {
    await pool.close();
  }
}
