// Which words a result marks, in its excerpt and on the page it leads to: the words the ranking
// found (src/lib/search/rank.ts), which are whole words as the page writes them or another form
// of them ("models" for "model", "Reporting" for "report"), never a longer word that merely
// starts with one ("safeguards" for "safe"), unless the word is still being typed ("safeg").
import type { Span } from './page-text';

/** Of each searched word's locations on a page (`hitsByWord`), those in the policy's own text, not a span's extra terms. */
export function markedLocations(
  spans: readonly Span[],
  hitsByWord: readonly (readonly number[])[],
): Set<number> {
  const inText = (at: number) => spans.some((span) => at >= span.start && at < span.textEnd);
  return new Set(hitsByWord.flatMap((hits) => hits.filter(inText)));
}

/** Punctuation around a word of the page's text ("models," "(see"), which marking leaves out. */
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The page's words at `locations` as written there, each once (whatever its case), in the page's order. */
export function markedWords(pageWords: readonly string[], locations: Iterable<number>): string[] {
  const byKey = new Map<string, string>();
  for (const at of [...locations].sort((a, b) => a - b)) {
    const word = (pageWords[at] ?? '').replace(edges, '');
    if (word && !byKey.has(word.toLowerCase())) byKey.set(word.toLowerCase(), word);
  }
  return [...byKey.values()];
}
