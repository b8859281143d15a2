// The security glossary (src/data/security-glossary.json): jargon readers type ("XSS", "SBOM",
// "zero-day") that a policy's text may never use, attached at build time to each subsection
// whose text says the same thing in plain words, as extra search terms. Written once for every
// policy: nothing here knows any one policy's text.
import type { CheerioAPI } from 'cheerio';
import { stemmer } from 'stemmer';
import { spanTexts } from './span-texts';
import { tokenize } from './words';

export interface GlossaryEntry {
  /** What readers type: acronyms, jargon, spelling variants. */
  terms: readonly string[];
  /** Plain phrases a policy would write for the same thing. */
  means: readonly string[];
  /**
   * A term of the entry this is a kind of ("DoS" for "zip bomb"): its words are searched when
   * this entry's find nothing in a policy, which may name only the broader thing.
   */
  broader?: string;
}

/** A text's words as the glossary compares them: normalised, then stemmed ("isolated" → "isol"). */
export function stems(text: string): string[] {
  return tokenize(text).map((word) => stemmer(word));
}

/** Whether `phrase` (stems) stands word for word in `words` (stems), found through `at`. */
function holds(
  phrase: readonly string[],
  words: readonly string[],
  at: ReadonlyMap<string, number[]>,
): boolean {
  for (const start of at.get(phrase[0]!) ?? [])
    if (phrase.every((stem, offset) => words[start + offset] === stem)) return true;
  return false;
}

/**
 * Prepares the glossary for matching, once per build: a function from a subsection's text to
 * the glossary terms it is about (some `means` phrase stands in it) that it does not already
 * use itself. Terms come in glossary order, each once.
 */
export function glossaryMatcher(entries: readonly GlossaryEntry[]): (text: string) => string[] {
  const prepared = entries.map((entry) => ({
    terms: entry.terms,
    termStems: entry.terms.map(stems).filter((phrase) => phrase.length > 0),
    means: entry.means.map(stems).filter((phrase) => phrase.length > 0),
  }));
  // Every phrase under its first word, with its entry's place: a text is compared only with the
  // phrases that start with one of its own words, not with the whole glossary.
  const byFirstWord = new Map<string, { entry: number; phrase: readonly string[] }[]>();
  prepared.forEach(({ means }, entry) => {
    for (const phrase of means) {
      const list = byFirstWord.get(phrase[0]!);
      if (list) list.push({ entry, phrase });
      else byFirstWord.set(phrase[0]!, [{ entry, phrase }]);
    }
  });
  // Each word's stem, once: a policy uses few words many times.
  const stemsOf = new Map<string, string[]>();
  return (text) => {
    const words = text.split(/\s+/).flatMap((word) => {
      let stemmed = stemsOf.get(word);
      if (!stemmed) stemsOf.set(word, (stemmed = stems(word)));
      return stemmed;
    });
    const at = new Map<string, number[]>();
    words.forEach((word, i) => {
      const list = at.get(word);
      if (list) list.push(i);
      else at.set(word, [i]);
    });
    const about = new Set<number>();
    for (const word of at.keys())
      for (const { entry, phrase } of byFirstWord.get(word) ?? [])
        if (!about.has(entry) && holds(phrase, words, at)) about.add(entry);
    const found: string[] = [];
    for (const entry of [...about].sort((a, b) => a - b)) {
      const { terms, termStems } = prepared[entry]!;
      // A subsection that uses a term itself is found by it already.
      for (const [i, term] of terms.entries())
        if (!holds(termStems[i] ?? [], words, at) && !found.includes(term)) found.push(term);
    }
    return found;
  };
}

/**
 * The glossary's terms for a page, by heading id: for each span, the terms its text is about,
 * less any the span's own terms (`own`, from the frontmatter) already have. Takes the page's
 * HTML or the page already parsed.
 */
export function glossaryTermsOf(
  page: string | CheerioAPI,
  own: ReadonlyMap<string, readonly string[]>,
  matcher: (text: string) => string[],
): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  for (const [id, text] of spanTexts(page)) {
    const known = new Set((own.get(id) ?? []).map((term) => term.toLowerCase()));
    const added = matcher(text).filter((term) => !known.has(term.toLowerCase()));
    if (added.length > 0) terms.set(id, added);
  }
  return terms;
}
