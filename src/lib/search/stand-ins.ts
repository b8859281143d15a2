// The query searched again once some typed words are known to be missing from the policy: each
// such word replaced by what stands in for it (a typo's correction, the plain words of a glossary
// term, English words of the same meaning), at the typed word's place, so the ranking counts the
// stand-ins of one word as one word (src/lib/search/span-score.ts).
import { addressTerm } from './email-addresses';
import { glossaryMatches, type ClientGlossary } from './glossary-expand';
import { correction } from './suggest';
import { versionsFor } from './versions';
import { normalizeWord, queryTokens, type ParsedQuery, type QueryWord } from './words';

/**
 * Forms of "do", "have", "be" and "get" that are not stop words (the `stopword` package lists
 * "do", "have", "has", "did") nor in English's relations (which leave out stop words and their
 * forms): filler in a question ("what does…", "doesn't"), never a typo of a policy's word.
 */
const auxiliaryForms: ReadonlySet<string> = new Set([
  'does',
  'doing',
  'done',
  'having',
  'gets',
  'getting',
  'being',
]);

/** What is searched in place of typed words the policy lacks. */
export interface Replacement {
  /** Indices of the typed words replaced (among all typed words): the first keeps the place. */
  at: readonly number[];
  /** The words searched instead, alternatives to one another. */
  words: readonly string[];
  /**
   * Words of the same meaning (glossary, relations), which find but count for less than the
   * reader's own; false for a typo's correction, which is the word the reader meant.
   */
  standIn: boolean;
}

/**
 * The query with the replacements made: the typed words they replace are no longer searched,
 * their words are, at the place of the first (a corrected word also in `tokens`, so the query can
 * still stand word for word in the text); a word already searched is not searched twice.
 */
export function withStandIns(query: ParsedQuery, replacements: readonly Replacement[]): ParsedQuery {
  const replaced = new Set(replacements.flatMap((r) => r.at));
  const words: QueryWord[] = query.words.filter((word) => !replaced.has(word.position));
  const tokens = [...query.tokens];
  for (const { at, words: instead, standIn } of replacements) {
    const position = at[0]!;
    if (!standIn && instead.length === 1) tokens[position] = instead[0]!;
    // A stand-in the reader also typed still counts for the word it stands for.
    for (const word of new Set(instead))
      if (!words.some((searched) => searched.word === word && (!standIn || searched.position === position)))
        words.push(standIn ? { word, position, standIn } : { word, position });
  }
  words.sort((a, b) => a.position - b.position);
  return { tokens, words };
}

/** A typed word (or term) the policy lacks, what the reader is told was searched, and the words searched. */
export interface Correction {
  from: string;
  /** What the reader is told was searched: the policy's word, or the jargon's plain name. */
  to: string;
  /** The words searched instead: `to`, or the plain words the glossary gives for the jargon. */
  searched: string;
}

/** Version numbers and e-mail addresses a reader typed, each by the word the query searches for it. */
export interface TypedForms {
  versions: ReadonlyMap<string, string>;
  /** The versions the policy lists, as written. */
  listedVersions: readonly string[];
  addresses: ReadonlyMap<string, string>;
}

/**
 * What to search in place of the typed words the policy lacks (`missing`): jargon as the plain
 * words the glossary gives for it, a term of one word or several ("air-gapped", "certificate
 * pinning"); each other missing word as the policy's words of the same meaning (`related`, by
 * missing word: English relations, `[]` for an everyday word with none, undefined for a word
 * English does not know), and a word English does not know as the policy's word it is a typo of.
 * With `broader`, jargon is searched as the words of the broader entry it is a kind of, where it
 * has one: what to search when its own words find nothing. A version number typed
 * (`forms.versions`) is searched as the versions the policy lists (`forms.listedVersions`) of its
 * line, the version the reader meant ("v1" as "1.x"), or else as all of them, standing in for it.
 * An e-mail address typed (`forms.addresses`) is searched as the glossary's security contact:
 * whom to write to.
 */
export function replacementsFor(
  query: ParsedQuery,
  missing: readonly string[],
  glossary: ClientGlossary,
  related: readonly (readonly string[] | undefined)[],
  vocabulary: readonly string[],
  broader = false,
  forms: TypedForms = { versions: new Map(), listedVersions: [], addresses: new Map() },
): { replacements: Replacement[]; corrected: Correction[] } {
  const phrases = glossaryMatches(query.tokens, missing, glossary).map((m) =>
    broader && m.broader ? { ...m, ...m.broader } : m,
  );
  const replacements: Replacement[] = phrases.map((m) => ({ at: m.lacking, words: m.words, standIn: true }));
  const corrected: Correction[] = phrases.map((m) => ({
    from: m.lacking.map((at) => query.tokens[at]).join(' '),
    to: m.label,
    searched: m.words.join(' '),
  }));
  const inPhrase = (at: number) => phrases.some((m) => at >= m.start && at < m.start + m.length);
  missing.forEach((from, i) => {
    const at = query.words.find((word) => word.word === from)?.position;
    if (at === undefined || inPhrase(at)) return;
    const address = forms.addresses.get(from);
    if (address !== undefined) {
      if (corrected.some((c) => c.from === address)) return;
      const term = queryTokens(addressTerm);
      const [contact] = glossaryMatches(term, term, glossary);
      if (!contact) return;
      const words = [...new Set([...contact.words, ...term.filter((word) => vocabulary.includes(word))])];
      replacements.push({ at: [at], words, standIn: true });
      corrected.push({ from: address, to: addressTerm, searched: words.join(' ') });
      return;
    }
    const version = forms.versions.get(from);
    const listed = version === undefined ? undefined : versionsFor(version, forms.listedVersions, vocabulary);
    if (version && listed) {
      const words = [...new Set(listed.versions.map(normalizeWord))];
      replacements.push({ at: [at], words, standIn: !listed.sameLine });
      corrected.push({ from: version, to: listed.label, searched: listed.versions.join(' ') });
      return;
    }
    const same = related[i];
    if (same?.length) {
      replacements.push({ at: [at], words: same, standIn: true });
      corrected.push({ from, to: same.join(' or '), searched: same.join(' ') });
      return;
    }
    // An everyday English word is no typo: "write" is not a misspelt "white", nor "does" "DoS".
    if (same || auxiliaryForms.has(from)) return;
    const to = correction(from, vocabulary);
    if (!to) return;
    replacements.push({ at: [at], words: [to], standIn: false });
    corrected.push({ from, to, searched: to });
  });
  return { replacements, corrected };
}
