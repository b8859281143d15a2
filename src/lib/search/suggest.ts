// Words the policy has that are closest to a word it lacks: for typos ("modle") and to show a
// reader whose words all miss what the policy does say.

/**
 * Edits between two words: insertions, deletions, substitutions and swaps of neighbours
 * (Damerau–Levenshtein, optimal string alignment), giving up past `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return Infinity;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** Edits a typo of a word this long may hold and still be read as that word. */
export const typoLimit = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/**
 * The `count` words of `vocabulary` closest to `word`, closest first (ties: the more similar
 * length, then alphabetical), each with its distance.
 */
export function closestWords(
  word: string,
  vocabulary: readonly string[],
  count = 3,
): { word: string; distance: number }[] {
  const scored: { word: string; distance: number }[] = [];
  let worst = Infinity;
  for (const candidate of vocabulary) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, scored.length >= count ? worst : Infinity);
    if (distance === Infinity) continue;
    scored.push({ word: candidate, distance });
    scored.sort(
      (a, b) =>
        a.distance - b.distance ||
        Math.abs(a.word.length - word.length) - Math.abs(b.word.length - word.length) ||
        a.word.localeCompare(b.word),
    );
    if (scored.length > count) scored.pop();
    if (scored.length === count) worst = scored.at(-1)!.distance;
  }
  return scored;
}

/** The word a typo most likely stands for, when one is within `typoLimit` edits. */
export function correction(word: string, vocabulary: readonly string[]): string | undefined {
  const [best] = closestWords(word, vocabulary, 1);
  return best && best.distance <= typoLimit(word) ? best.word : undefined;
}
