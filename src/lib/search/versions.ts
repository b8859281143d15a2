// Version numbers, as a reader types them ("v1", "2.x", "0.21") and as a policy lists them in
// its supported-versions table ("1.x", "0.21.0", "v0.28.x", "3.33 LTS"). The index keeps only a
// number's digits ("1.x" is "1x", "0.21.0" is "0210"), so "v1" finds nothing and "2.x" nothing
// where the table says "3.x": a typed version the policy lacks is read as the versions it lists
// of the same line, or else as all the versions it lists, since the table is what answers which
// versions get fixes (src/lib/search/stand-ins.ts).
import { normalizeWord } from './words';

/** Name of the file, in the Pagefind bundle folder, of the version numbers the policy writes. */
export const versionsFile = 'versions.txt';

/**
 * A version number: "v1" or "V2", or numbers joined by dots where a part may be "x" or "*"
 * ("1.x", "0.21.0", "v0.28.x", "3.33"), with a pre-release or build suffix ("1.0.0-rc.1"). A
 * bare number ("90" of "90 days", "1" of "NIO 1") is no version: too many other things are one.
 */
const versionPattern = /^v?(?:\d+|x|\*)(?:\.(?:\d+|x|\*))+(?:[-+][\w.]+)?$|^v\d+$/i;

/** Punctuation around a word as written: "(1.x)", "0.23.27.", "2.x," and "<" of "< 1.x". */
const around = /^[^\p{L}\p{N}*]+|[^\p{L}\p{N}*]+$/gu;

/** The word as a version number, as written (without the punctuation around it); undefined if none. */
export function asVersion(word: string): string | undefined {
  const bare = word.replace(around, '');
  return versionPattern.test(bare) && /\d/.test(bare) ? bare.toLowerCase() : undefined;
}

/** A version's parts: "v0.28.x" is ["0", "28", "x"]; a suffix is left out. */
const partsOf = (version: string) =>
  version
    .replace(/^v/, '')
    .replace(/[-+].*$/, '')
    .split('.');

const wildcard = (part: string) => part === 'x' || part === '*';

/**
 * Whether a listed version is of the typed one's line: their parts agree as far as both go, a
 * wildcard agreeing with any ("v1" and "1.x", "0.21" and "0.21.0", "0.x" and "0.28.x"; not
 * "2.x" and "3.x", nor "0.2" and "0.21.0").
 */
export function sameLine(typed: string, listed: string): boolean {
  const a = partsOf(typed);
  const b = partsOf(listed);
  return a.every((part, i) => i >= b.length || part === b[i] || wildcard(part) || wildcard(b[i]!));
}

/** The distinct version numbers of these texts, as written, in the order first written. */
export function versionsIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts)
    for (const word of text.split(/\s+/)) {
      const version = asVersion(word);
      if (version) found.add(version);
    }
  return [...found];
}

/** The version numbers a reader typed, by the word the query searches for each ("v1", "2x"). */
export function typedVersions(text: string): Map<string, string> {
  const typed = new Map<string, string>();
  for (const word of text.split(/\s+/)) {
    const version = asVersion(word);
    if (version) typed.set(normalizeWord(version), version);
  }
  return typed;
}

/** The words a policy without a version table may still speak of versions in. */
const versionWords: ReadonlySet<string> = new Set(['version', 'versions', 'release', 'releases']);

/** What to search for a typed version, and what to call it when saying so. */
export interface VersionReading {
  versions: string[];
  /** The versions are of the typed one's line: the version the reader meant, not stand-ins. */
  sameLine: boolean;
  label: string;
}

/** The first versions of a list, for the dialog to name ("3.4, 3.6, 3.3…"). */
const named = (versions: readonly string[]) =>
  versions.length > 3 ? `${versions.slice(0, 3).join(', ')}…` : versions.join(' or ');

/**
 * What to search for a typed version the policy lacks: the listed versions of its line, as the
 * version the reader meant (`sameLine` true); or, when it lists none of that line, every version
 * it lists, as words standing in for it; or, when it lists no version at all, its words for
 * versions ("versions" of a "Pre-release Versions" section), from its `vocabulary`. Undefined
 * when it has none of these.
 */
export function versionsFor(
  typed: string,
  listed: readonly string[],
  vocabulary: readonly string[] = [],
): VersionReading | undefined {
  const same = listed.filter((version) => sameLine(typed, version));
  if (same.length > 0) return { versions: same, sameLine: true, label: named(same) };
  if (listed.length > 0) return { versions: [...listed], sameLine: false, label: named(listed) };
  const words = vocabulary.filter((word) => versionWords.has(word));
  // Named by the word itself, not its plural beside it: "versions or releases".
  const label = [...new Set(words.map((word) => word.replace(/s$/, '')))]
    .map((word) => `${word}s`)
    .join(' or ');
  return words.length > 0 ? { versions: words, sameLine: false, label } : undefined;
}
