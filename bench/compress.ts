import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Text files a CDN compresses; Pagefind's index files are compressed already. */
const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|wasm)$/;

/** Writes a `.br` beside every compressible file under `dir`, at the quality CDNs use for static files. */
export function brotliAll(dir: string): number {
  let count = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!compressible.test(file)) continue;
    const path = join(dir, file);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    count++;
  }
  return count;
}
