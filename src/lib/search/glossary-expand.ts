// The security glossary at query time: jargon the reader typed that the policy lacks ("LTS",
// "GHSA", "air-gapped", "certificate pinning") is searched as the plain words the glossary gives
// for it, so a glossary term never ends on "0 results" where the policy says the thing in its own
// words.
import { parseQuery, queryTokens } from './words';

/** Name of the glossary file in the Pagefind bundle folder, fetched only when a word is missing. */
export const glossaryFile = 'glossary.json';

/**
 * The glossary as the browser gets it: for each entry, its terms as the words a reader types
 * ("air-gapped" is `["air", "gapped"]`), its plain words, and what to call it when saying what
 * was searched instead ("long-term support" for "LTS").
 */
export type ClientGlossary = [terms: string[][], words: string[], label: string][];

/**
 * The client's copy of the glossary: each entry's terms as query words (as the index normalises
 * them: "0day", "ghsa"), with the meaningful words of its phrases (no bare numbers), in order,
 * each once.
 */
export function clientGlossary(
  entries: readonly { terms: readonly string[]; means: readonly string[] }[],
): ClientGlossary {
  return entries.flatMap(({ terms, means }) => {
    const seen = new Set<string>();
    const typed = terms.map(queryTokens).filter((t) => {
      const key = t.join(' ');
      if (t.length === 0 || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // Numbers in a phrase ("SHA-2") would find a policy's version tables, not the thing.
    const words = [
      ...new Set(
        means.flatMap((phrase) =>
          parseQuery(phrase)
            .words.map((w) => w.word)
            .filter((word) => !/^\d+$/.test(word)),
        ),
      ),
    ];
    const label = terms.find((term) => queryTokens(term).length > 1) ?? means[0] ?? '';
    return typed.length > 0 && words.length > 0 ? [[typed, words, label] as ClientGlossary[number]] : [];
  });
}

/** Typed words that are a glossary term: where they stand, and what to search instead. */
export interface GlossaryMatch {
  /** Index of the term's first word among the typed words, and how many words it spans. */
  start: number;
  length: number;
  /** The plain words to search, and what to call them. */
  words: string[];
  label: string;
}

/**
 * The glossary terms among the typed words (`tokens`) whose words the policy all lacks
 * (`missing`): the longest term at each place, left to right, none overlapping. A term of which
 * the policy has some words ("model" of "model serving", "day" of "zero-day") is left to them:
 * the typed words say more about where to look than the glossary's many plain ones.
 */
export function glossaryMatches(
  tokens: readonly string[],
  missing: readonly string[],
  glossary: ClientGlossary,
): GlossaryMatch[] {
  const matches: GlossaryMatch[] = [];
  for (let start = 0; start < tokens.length;) {
    let best: GlossaryMatch | undefined;
    for (const [terms, words, label] of glossary)
      for (const term of terms) {
        if (best && term.length <= best.length) continue;
        const typed = tokens.slice(start, start + term.length);
        if (typed.length === term.length && term.every((word, i) => typed[i] === word))
          if (typed.every((word) => missing.includes(word)))
            best = { start, length: term.length, words, label };
      }
    if (best) matches.push(best);
    start += best?.length ?? 1;
  }
  return matches;
}

/**
 * For a word the policy lacks that is a one-word glossary term: the plain words to search and
 * what to call them; undefined when it is no term.
 */
export function expansionOf(
  word: string,
  glossary: ClientGlossary,
): { words: string[]; label: string } | undefined {
  const [match] = glossaryMatches([word], [word], glossary);
  return match && { words: match.words, label: match.label };
}
