// How much a searched word says about where to look. Two measures, multiplied: how rare it is
// among the policy's subsections (BM25's inverse document frequency), and how rare it is in
// English at large. A policy of five pages makes any word on one page "rare", so the filler of a
// question ("see", "one", "make sure") would outweigh its topical words; the language's own
// frequencies say they are filler whatever the site.
import { baseForms } from './wordnet';

/** Rarity of a word (BM25's inverse document frequency): found in fewer places, worth more. */
export function idf(placesWithWord: number, totalPlaces: number): number {
  return Math.log(1 + (totalPlaces - placesWithWord + 0.5) / (placesWithWord + 0.5));
}

/**
 * A word's weight from its frequency in English (`count`: how often WordNet's sense-tagged texts
 * use it): 1 for a word they never or seldom use, down to about 0.2 for the commonest ("see",
 * "make"). Halving at a few hundred uses keeps everyday topical words ("model", "data", "file")
 * well above filler.
 */
export function englishWeight(count: number): number {
  return 1 / Math.sqrt(1 + count / englishScale);
}

/** The use count at which a word's English weight falls to 1/√2. */
const englishScale = 50;

/** Weights are shipped in steps of this size: finer would cost bytes and change no ranking. */
const weightStep = 0.05;

/** Name of the word weights file in the Pagefind bundle folder, fetched when search loads. */
export const wordWeightsFile = 'weights.txt';

/**
 * The English weights of a policy's words (`vocabulary`, as the index holds them), from use
 * counts by lemma (`counts`): a word WordNet has weighs as itself ("timing"), an inflected one as
 * its first base form WordNet has ("going" as "go"). Only words below full weight are listed, one line per weight: `0.25 make see`.
 */
export function wordWeightsOf(vocabulary: readonly string[], counts: ReadonlyMap<string, number>): string {
  const byWeight = new Map<number, string[]>();
  for (const word of vocabulary) {
    const count = baseForms(word).find((form) => counts.has(form));
    const weight =
      Math.round(englishWeight(count === undefined ? 0 : counts.get(count)!) / weightStep) * weightStep;
    if (weight >= 1) continue;
    const key = Number(weight.toFixed(2));
    byWeight.set(key, [...(byWeight.get(key) ?? []), word]);
  }
  return [...byWeight]
    .sort(([a], [b]) => a - b)
    .map(([weight, words]) => `${weight} ${words.join(' ')}\n`)
    .join('');
}

/** A word's English weight from the weights file's text: 1 for a word it does not list. */
export function parseWordWeights(text: string): (word: string) => number {
  const weights = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [weight, ...words] = line.split(' ');
    const value = Number(weight);
    if (!(value > 0 && value < 1)) continue;
    for (const word of words) weights.set(word, value);
  }
  return (word) => weights.get(word) ?? 1;
}
