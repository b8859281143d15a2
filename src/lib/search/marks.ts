// Which words a result marks, in its excerpt and on the page it leads to: the searched words
// as the page writes them, whole or by stem ("models" for "model", "reporting" for "report"),
// never a longer word that merely starts with one ("safeguards" for "safe"). A searched word no
// page has whole is one the reader is still typing ("safeg"): it is marked where it starts a word.
import type { Span } from './page-text';
import { readsAs } from './words';

/**
 * The locations to mark on a page: of each searched word's hits (`hitsByWord`, locations in
 * `pageWords`), those in the policy's own text (not a span's extra terms), and, where the word
 * is `whole` somewhere in the policy, only those that read as it whole.
 */
export function markedLocations(
  pageWords: readonly string[],
  spans: readonly Span[],
  hitsByWord: readonly (readonly number[])[],
  searched: readonly string[],
  whole: readonly boolean[],
): Set<number> {
  const inText = (at: number) => spans.some((span) => at >= span.start && at < span.textEnd);
  return new Set(
    hitsByWord.flatMap((hits, i) =>
      hits.filter((at) => inText(at) && (!whole[i] || readsAs(pageWords[at] ?? '', searched[i]!, true))),
    ),
  );
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
