// The words the index holds, for suggestions when a reader's words are all missing.
import { isStopWord, tokenize } from './words';

/** Name of the vocabulary file in the Pagefind bundle folder. */
export const vocabularyFile = 'words.txt';

/**
 * The distinct words of these texts worth suggesting, sorted: no stop words, nothing shorter
 * than three characters, no bare numbers.
 */
export function vocabularyOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts)
    for (const word of tokenize(text))
      if (word.length >= 3 && !/^\d+$/.test(word) && !isStopWord(word)) words.add(word);
  return [...words].sort();
}
