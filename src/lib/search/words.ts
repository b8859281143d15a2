// Words as search compares them: the query a reader types and the page text Pagefind returns.
// The English list alone: the package's index would bring every language's lists along.
import { stemmer } from 'stemmer';
import { eng } from 'stopword/src/stopwords_eng.js';

/** English stop words from the `stopword` package: words that say nothing about where to look. */
const stopWords: ReadonlySet<string> = new Set(eng);

/**
 * The punctuation Pagefind removes from a query before searching (dashes, brackets, quotes and
 * other punctuation, and mathematical signs such as `=`, but not connectors such as `_`), so
 * "pre-trained" is the word "pretrained" and a PGP key's "=7Kx2" is "7kx2".
 */
const punctuation = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\p{Sm}]/gu;

/** A word as the index sees it: lower case, without diacritics or punctuation. */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(punctuation, '');
}

/** The words of a text, split on white space as Pagefind counts word locations, normalised. */
export function tokenize(text: string): string[] {
  return text.split(/\s+/).map(normalizeWord).filter(Boolean);
}

/**
 * The words a reader typed: as `tokenize`, and a hyphenated word is also its parts, so
 * "out-of-scope" finds "Out of Scope" and "zero-day" finds "zero day" (Pagefind indexes the
 * parts of "zero-day" too).
 */
export function queryTokens(text: string): string[] {
  return tokenize(withoutClitics(text).replace(/\p{Pd}+/gu, ' '));
}

/**
 * English clitics read as the words they stand for, so a question's filler stays filler:
 * "hasn't" is "has not" (a stop word and "not", which English frequency weighs little), and
 * "someone else's" or "it'll" lose the ending that would make "elses" or "itll" a word of their
 * own, searched and weighed as rare.
 */
function withoutClitics(text: string): string {
  return text
    .replace(/\b(can|won)['’]t\b/giu, (_, word: string) =>
      word.toLowerCase() === 'can' ? 'can not' : 'will not',
    )
    .replace(/\b(\p{L}+)n['’]t\b/gu, '$1 not')
    .replace(/\b(\p{L}+)['’](s|re|ve|ll|d|m)\b/giu, '$1');
}

export const isStopWord = (word: string) => stopWords.has(word);

/** A word the reader searched for, with its place among all the words they typed. */
export interface QueryWord {
  word: string;
  /**
   * Index in the typed words, stop words included: the gaps tell a phrase from scattered words.
   * Words searched in place of one typed word share its position (src/lib/search/span-score.ts).
   */
  position: number;
  /** Searched in place of a typed word the policy lacks, as a word of the same meaning. */
  standIn?: boolean;
}

export interface ParsedQuery {
  /** Every word typed, normalised, in order. */
  tokens: string[];
  /**
   * The words to search for: the meaningful ones (each once, in the order typed); when the query
   * is made only of stop words, all of them, so "how to" still finds "how to".
   */
  words: QueryWord[];
}

export function parseQuery(query: string): ParsedQuery {
  const tokens = queryTokens(query);
  const distinct = (keep: (word: string) => boolean) => {
    const seen = new Set<string>();
    return tokens.flatMap((word, position) => {
      if (!keep(word) || seen.has(word)) return [];
      seen.add(word);
      return [{ word, position }];
    });
  };
  const meaningful = distinct((word) => !isStopWord(word));
  return { tokens, words: meaningful.length > 0 ? meaningful : distinct(() => true) };
}

/**
 * How well a word of the page stands for a searched word, 0 to 1. Pagefind matches stems and
 * prefixes ("model" for "models", "isolating" for "isolation", "mod" for "model"); a prefix that
 * is most of the word counts fully, a short prefix of a longer word (what the reader is still
 * typing, or "man" in "many") counts less.
 */
export function matchQuality(pageWord: string, searched: string): number {
  if (pageWord === searched) return 1;
  let common = 0;
  while (common < pageWord.length && pageWord[common] === searched[common]) common++;
  return common / Math.max(pageWord.length, searched.length) >= 0.7 ? 1 : 0.5;
}

/**
 * Whether two words share a stem that says something: a stem of one or two letters is a stop
 * word's ("doing", "DoS" and "Do" all stem to "do"; "using" and "us" to "us"), and two words of
 * such a stem are one word only when the same. `stemOf` is the stemmer, or a cache of it.
 */
export function sameStem(a: string, b: string, stemOf: (word: string) => string = stemmer): boolean {
  const stem = stemOf(a);
  return stem.length > 2 && stem === stemOf(b);
}

/**
 * Whether a word of the page really is the searched word: the same, a longer word the reader is
 * still typing ("isol" → "isolation"; not for a `whole` word, such as one searched in place of a
 * typed one, which "note" is no reading of "no"), or the same stem ("isolating" and "isolation",
 * "models" and "model"). Pagefind also answers a word it lacks with any word that starts like
 * it ("token" finds "to", "cookie" finds "co-tenancy", "memorising" finds "memory"): such a
 * find is no match, so the word counts as missing, and typo correction and the note that the
 * policy lacks it still run.
 */
export function readsAs(pageWord: string, searched: string, whole = false): boolean {
  const same = (word: string) =>
    word === searched ||
    (!whole && word.startsWith(searched)) ||
    (word.length > 0 && sameStem(word, searched));
  // "Multi-Tenant" is "multitenant", and also "multi" and "tenant".
  return (
    same(normalizeWord(pageWord)) || pageWord.split(/\p{Pd}+/u).some((part) => same(normalizeWord(part)))
  );
}
