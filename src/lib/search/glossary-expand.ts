// The security glossary at query time: jargon the reader typed that the policy lacks ("LTS",
// "GHSA", "air-gapped", "certificate pinning") is searched as the plain words the glossary gives
// for it, so a glossary term never ends on "0 results" where the policy says the thing in its own
// words.
import { stemmer } from 'stemmer';
import { isStopWord, queryTokens, sameStem } from './words';

/** Name of the glossary file in the Pagefind bundle folder, fetched only when a word is missing. */
export const glossaryFile = 'glossary.json';

/**
 * The glossary as the browser gets it: for each entry, what a reader may type for it as query
 * words ("air-gapped" is `["air", "gapped"]`), its terms and then its plain phrases, how many of
 * those are terms, and what to call it when saying what was searched instead ("long-term
 * support" for "LTS"), and the term of the broader entry it is a kind of ("zip bomb" of "DoS"),
 * as typed words. The words searched for it come from the same phrases (`entryWords`), which
 * keeps the file a third smaller than listing them again.
 */
export type ClientGlossary = [typed: string[][], terms: number, label: string, broader?: string[]][];

/**
 * The words searched for an entry: the meaningful words of its plain phrases, then of its
 * terms, in order, each once, without bare numbers (which would find a policy's version tables,
 * not the thing: "SHA-2").
 */
function entryWords([typed, terms]: ClientGlossary[number]): string[] {
  const phrases = [...typed.slice(terms), ...typed.slice(0, terms)];
  return [...new Set(phrases.flat().filter((word) => !isStopWord(word) && !/^\d+$/.test(word)))];
}

/**
 * The client's copy of the glossary. The glossary reads both ways: a reader types the jargon
 * ("XSS") where the policy writes plain words ("malicious script"), or plain words ("subscribe")
 * where the policy names the thing ("security announcements"); either is searched as the
 * entry's words.
 */
export function clientGlossary(
  entries: readonly { terms: readonly string[]; means: readonly string[]; broader?: string }[],
): ClientGlossary {
  return entries.flatMap(({ terms, means, broader }) => {
    const seen = new Set<string>();
    const distinct = (phrases: readonly string[]) =>
      phrases.map(queryTokens).filter((t) => {
        const key = t.join(' ');
        if (t.length === 0 || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const typedTerms = distinct(terms);
    const entry: ClientGlossary[number] = [
      [...typedTerms, ...distinct(means)],
      typedTerms.length,
      terms.find((term) => queryTokens(term).length > 1) ?? means[0] ?? '',
    ];
    if (broader) entry.push(queryTokens(broader));
    return typedTerms.length > 0 && entryWords(entry).length > 0 ? [entry] : [];
  });
}

/** Typed words that are a glossary term: where they stand, and what to search instead. */
export interface GlossaryMatch {
  /** Index of the term's first word among the typed words, and how many words it spans. */
  start: number;
  length: number;
  /** Indices of the term's typed words that the policy lacks: the plain words stand in for them. */
  lacking: number[];
  /** The plain words to search, and what to call them. */
  words: string[];
  label: string;
  /** The broader entry's words and name, to search when the entry's own find nothing. */
  broader?: { words: string[]; label: string };
}

/** The entry one of whose terms is `term` (typed words). */
const entryOf = (glossary: ClientGlossary, term: readonly string[]) =>
  glossary.find(([typed, terms]) =>
    typed.slice(0, terms).some((t) => t.length === term.length && t.every((word, i) => word === term[i])),
  );

/** Stems by word, kept: the glossary's thousand-odd words are compared at every typed word. */
const stems = new Map<string, string>();
const stemOf = (word: string) => {
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = stemmer(word)));
  return stem;
};

/**
 * A typed word is a term's word when the two are the same or share a stem ("trojaned", "trojan")
 * of more than two letters ("doing" is no "DoS", though both stem to "do").
 */
const sameTermWord = (typed: string, term: string) => typed === term || sameStem(typed, term, stemOf);

/** Typed words are a term when they are as many and each is the term's word (`sameTermWord`). */
const sameTerm = (typed: readonly string[], term: readonly string[]) =>
  typed.length === term.length && term.every((word, i) => sameTermWord(typed[i]!, word));

/**
 * What to call an entry's words when they stand in for `typed`: its label, or, when the reader
 * typed the label itself ("password hashing"), its first plain phrase ("hash passwords"), so the
 * dialog never says it shows results for what was typed.
 */
function labelFor([phrases, terms, label]: ClientGlossary[number], typed: readonly string[]): string {
  return sameTerm(typed, queryTokens(label)) && phrases[terms] ? phrases[terms].join(' ') : label;
}

/**
 * The glossary terms among the typed words (`tokens`) of which the policy lacks some meaningful
 * word (`missing`): the longest term at each place, left to right, none overlapping. The plain
 * words stand in for the words the policy lacks; the typed words it has ("model" of "trojaned
 * model") are still searched as typed, so they keep saying where to look.
 */
export function glossaryMatches(
  tokens: readonly string[],
  missing: readonly string[],
  glossary: ClientGlossary,
): GlossaryMatch[] {
  const matches: GlossaryMatch[] = [];
  for (let start = 0; start < tokens.length;) {
    let best: GlossaryMatch | undefined;
    for (const entry of glossary)
      for (const term of entry[0]) {
        if (best && term.length <= best.length) continue;
        const typed = tokens.slice(start, start + term.length);
        if (!sameTerm(typed, term)) continue;
        const lacking = typed.flatMap((word, i) =>
          missing.includes(word) && !isStopWord(word) ? [start + i] : [],
        );
        // The entry's words, less those typed here: searched as typed, or lacking.
        const words = entryWords(entry).filter((word) => !typed.includes(word));
        if (lacking.length === 0) continue;
        best = { start, length: term.length, lacking, words, label: labelFor(entry, typed) };
        const broader = entry[3] && entryOf(glossary, entry[3]);
        if (broader) best.broader = { words: entryWords(broader), label: broader[2] };
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

/**
 * The glossary terms among the typed words (`tokens`) that the policy lacks (`missing`), as
 * typed: jargon of security the policy may never speak of ("xss" in a policy on reporting only).
 */
export function jargonTyped(
  tokens: readonly string[],
  missing: readonly string[],
  glossary: ClientGlossary,
): string[] {
  const matches = glossaryMatches(tokens, missing, glossary);
  return [...new Set(matches.map((m) => tokens.slice(m.start, m.start + m.length).join(' ')))];
}

/**
 * What is searched when a reader's jargon is nowhere in the policy, nor anything it stands for:
 * a reader asking about a kind of vulnerability the policy never names is shown how to report one.
 */
export const reportingQuery = 'report a vulnerability';
