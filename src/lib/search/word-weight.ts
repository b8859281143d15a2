// How much a searched word says about where to look. Two measures, multiplied: how rare it is
// among the policy's subsections (BM25's inverse document frequency), and how rare it is in
// English at large. A policy of five pages makes any word on one page "rare", so the filler of a
// question ("see", "when", "make sure") would outweigh its topical words; the language's own
// frequencies say they are filler whatever the site. The project's own name is filler too: on
// its own site it is everywhere, and says nothing about which section answers.
import { stemmer } from 'stemmer';
import { baseForms } from './wordnet';
import { normalizeWord, tokenize } from './words';

/** Rarity of a word (BM25's inverse document frequency): found in fewer places, worth more. */
export function idf(placesWithWord: number, totalPlaces: number): number {
  return Math.log(1 + (totalPlaces - placesWithWord + 0.5) / (placesWithWord + 0.5));
}

/**
 * A word's weight from its frequency in English (`perMillion`: its uses per million words of
 * spoken English): 1 for a word people seldom say ("tenant", "sandbox"), about 0.7 for an
 * everyday topical one ("security", "report", "fix"), down to about 0.2 for filler ("see",
 * "when", "need") and less for the commonest ("know", "about").
 */
export function englishWeight(perMillion: number): number {
  return 1 / Math.sqrt(1 + perMillion / englishScale);
}

/** The uses per million at which a word's English weight falls to 1/√2. */
const englishScale = 100;

/** What the project's own name weighs: as the commonest filler. */
export const projectNameWeight = 0.2;

/** Weights are shipped in steps of this size: finer would cost bytes and change no ranking. */
const weightStep = 0.05;

/**
 * Words weighing this or more are not listed and weigh 1: most of a policy's words are rare in
 * speech, and listing them at 0.9 or 0.95 doubled the file and changed no result on the query sets.
 */
const listedBelow = 0.9;

/** Name of the word weights file in the Pagefind bundle folder, fetched when search loads. */
export const wordWeightsFile = 'weights.txt';

/**
 * The words a reader types for the project's names (its name, repository and package): each
 * name whole, as the index reads it ("Node.js" as "nodejs"), and each of its parts ("node").
 */
export function projectWordsOf(names: readonly string[]): string[] {
  const words = names.flatMap((name) => [
    ...tokenize(name),
    ...name.split(/[^\p{L}\p{N}]+/u).map(normalizeWord),
  ]);
  return [...new Set(words.filter(Boolean))];
}

/**
 * The weights of a policy's words (`vocabulary`, as the index holds them) that weigh clearly less
 * than fully: each by its English frequency (`perMillion`; a word the list lacks, by its first base
 * form it has, "tenants" as "tenant"), and the project's words (`projectWords`) as filler. One
 * line per weight: `0.25 make see`.
 */
export function wordWeightsOf(
  vocabulary: readonly string[],
  perMillion: ReadonlyMap<string, number>,
  projectWords: readonly string[] = [],
): string {
  const weights = new Map<string, number>();
  for (const word of vocabulary) {
    const form = baseForms(word).find((candidate) => perMillion.has(candidate));
    const weight = englishWeight(form === undefined ? 0 : perMillion.get(form)!);
    weights.set(word, Math.max(weightStep, Math.round(weight / weightStep) * weightStep));
  }
  for (const word of projectWords) weights.set(word, projectNameWeight);
  const byWeight = new Map<number, string[]>();
  for (const [word, weight] of weights) {
    if (weight >= listedBelow) continue;
    const key = Number(weight.toFixed(2));
    byWeight.set(key, [...(byWeight.get(key) ?? []), word]);
  }
  return [...byWeight]
    .sort(([a], [b]) => a - b)
    .map(([weight, words]) => `${weight} ${words.join(' ')}\n`)
    .join('');
}

/**
 * A word's English weight from the weights file's text: its own, or, for a word the policy writes
 * in another form ("keeps" where it has "keep"), that of the policy's word of the same stem (the
 * least, where several share it); 1 for a word the file does not list.
 */
export function parseWordWeights(text: string): (word: string) => number {
  const weights = new Map<string, number>();
  const byStem = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [weight, ...words] = line.split(' ');
    const value = Number(weight);
    if (!(value > 0 && value < 1)) continue;
    for (const word of words) {
      weights.set(word, value);
      const stem = stemmer(word);
      byStem.set(stem, Math.min(value, byStem.get(stem) ?? 1));
    }
  }
  return (word) => weights.get(word) ?? byStem.get(stemmer(word)) ?? 1;
}
