// The security glossary at query time: jargon the reader typed that the policy lacks ("LTS",
// "GHSA") is searched as the plain words the glossary gives for it, so a glossary word never
// ends on "0 results" where the policy says the thing in its own words.
import { parseQuery, queryTokens } from './words';

/** Name of the glossary file in the Pagefind bundle folder, fetched only when a word is missing. */
export const glossaryFile = 'glossary.json';

/**
 * The glossary as the browser gets it: for each entry, its one-word terms, its plain words, and
 * what to call it when saying what was searched instead ("long-term support" for "LTS").
 */
export type ClientGlossary = [terms: string[], words: string[], label: string][];

/**
 * The client's copy of the glossary: one-word terms (as the index normalises them: "0day",
 * "ghsa"), each with the meaningful words of its entry's phrases, in order, each once.
 */
export function clientGlossary(
  entries: readonly { terms: readonly string[]; means: readonly string[] }[],
): ClientGlossary {
  return entries.flatMap(({ terms, means }) => {
    const single = [
      ...new Set(
        terms
          .map(queryTokens)
          .filter((t) => t.length === 1)
          .map((t) => t[0]!),
      ),
    ];
    const words = [...new Set(means.flatMap((phrase) => parseQuery(phrase).words.map((w) => w.word)))];
    const label = terms.find((term) => queryTokens(term).length > 1) ?? means[0] ?? '';
    return single.length > 0 && words.length > 0 ? [[single, words, label] as ClientGlossary[number]] : [];
  });
}

/**
 * For a word the policy lacks that is a glossary term: the plain words to search and what to call
 * them; undefined when it is no term.
 */
export function expansionOf(
  word: string,
  glossary: ClientGlossary,
): { words: string[]; label: string } | undefined {
  const entry = glossary.find(([terms]) => terms.includes(word));
  return entry && { words: entry[1], label: entry[2] };
}
