// English word relations for one policy: for a word a reader may type that the policy never uses,
// the policy's own words that share one of its commonest senses (from WordNet:
// src/lib/search/wordnet.ts). Written at build time in small files by first letter, fetched at
// query time only for a word the policy lacks, as the glossary is: they find, never outrank.
import { baseForms, type SenseTable } from './wordnet';
import { isStopWord } from './words';

/** Folder of the relation files in the Pagefind bundle folder: `relations/r.json` and so on. */
export const relationsFolder = 'relations';

/** At most this many policy words stand in for one word: more would blur what was searched. */
export const relatedWordsUsed = 3;

/** The file a word's relations are in, by its first letter (`r.json`; `_.json` for the rest). */
export function relationsFileOf(word: string): string {
  const first = word[0] ?? '_';
  return `${relationsFolder}/${/[a-z]/.test(first) ? first : '_'}.json`;
}

/**
 * One relation file: a word the policy lacks → the policy's words for it; an everyday English
 * word with none → `[]`, so it is not read as a misspelling of a policy word.
 */
export type RelationFile = Record<string, string[]>;

/**
 * The relations for a policy whose index holds `vocabulary` (its words as Pagefind indexes them),
 * from WordNet's sense table: every word the policy lacks that shares one of its commonest senses
 * with some of the policy's words, each policy word in the form the policy writes it; and every
 * everyday English word it lacks with none. By file, sorted.
 */
export function relationsOf(
  vocabulary: readonly string[],
  { senses, common }: Pick<SenseTable, 'senses' | 'common'>,
): Map<string, RelationFile> {
  // The policy's words by lemma: the word itself when WordNet has it, otherwise the base forms
  // it may be an inflection of ("downloaded" stands for "download"; "tracker" stays itself).
  const policyForm = new Map<string, string>();
  for (const word of vocabulary) if (!isStopWord(word)) policyForm.set(word, word);
  for (const word of vocabulary)
    if (!senses.has(word) && !isStopWord(word))
      for (const base of baseForms(word).slice(1))
        if (senses.has(base) && !policyForm.has(base)) policyForm.set(base, word);
  const bySense = new Map<string, string[]>();
  for (const [lemma, word] of policyForm)
    for (const sense of senses.get(lemma) ?? []) bySense.set(sense, [...(bySense.get(sense) ?? []), word]);

  const files = new Map<string, RelationFile>();
  for (const [word, own] of [...senses].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (policyForm.has(word) || word.length < 3 || isStopWord(word)) continue;
    const found = [...new Set(own.flatMap((sense) => bySense.get(sense) ?? []))].slice(0, relatedWordsUsed);
    if (found.length === 0 && !common.has(word)) continue;
    const file = relationsFileOf(word);
    const entries = files.get(file) ?? {};
    entries[word] = found;
    files.set(file, entries);
  }
  return files;
}

/**
 * The policy's words for a word it lacks, from that word's relation file: the first of the word
 * as typed and the base forms it may be an inflection of ("rented" → "rent") that has some. Empty for an everyday English
 * word with none; undefined for a word English does not know, which may be a typo.
 */
export function relatedWords(word: string, file: RelationFile): string[] | undefined {
  let known: string[] | undefined;
  for (const form of baseForms(word)) {
    const found = Object.hasOwn(file, form) ? file[form] : undefined;
    // "finding" is a word of its own with nothing related; its verb "find" has some.
    if (found?.length) return found;
    known ??= found;
  }
  return known;
}
