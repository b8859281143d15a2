// How well one subsection answers the query, word slot by word slot. A slot is one word the
// reader typed: the word itself, or, for a word the policy lacks, the words searched in its
// place (its correction, or the plain words the glossary or English relations give for it).
// The words of a slot are alternatives: the slot is found where any of them is, and counts once,
// so ten stand-ins for one word never outweigh the reader's other words.
import { excerptOf, type ExcerptPart } from './excerpt';
import { normalizedWords, type PageText, type Span } from './page-text';
import { matchQuality, type ParsedQuery } from './words';

export interface RankedSpan {
  span: Span;
  score: number;
  /** A few words of the span around the matches, the policy's own text only. */
  excerpt: ExcerptPart[];
  /** Searched words found only among the span's extra search terms, not in its text. */
  viaTerms: string[];
}

/** One typed word's place in the query: the searched words that stand for it, and its weight. */
export interface Slot {
  /** Indices of the searched words (the query's `words`) that stand for the typed word. */
  words: number[];
  /** Index of the typed word among all typed words, stop words included. */
  position: number;
  /** How much the slot says about where to look: its most telling word's rarity. */
  weight: number;
  /**
   * What each of its words counts for it, 0 to 1 (by `words`): its rarity against the most
   * telling one's, so a common stand-in ("models" for "serving") finds without counting as the
   * rare one would.
   */
  shares: number[];
}

/** What a word found only in a span's extra search terms counts, against 1 in its text. */
const termMatch = 0.8;

/** What a word found only among the page introduction's terms counts for a subsection. */
const pageTermMatch = 0.5;

/** What a word found only among the glossary's terms for a span counts. */
const glossaryMatch = 0.4;

/**
 * What a word searched in place of a typed word the policy lacks (a relation or the glossary's
 * plain words) counts, against 1 for a typed word: it finds, but a subsection with the reader's
 * own words stays above one that has only words standing in for them. Below a section's own
 * terms (`termMatch`): a word that shares a meaning says less than one a maintainer chose for
 * the subsection.
 */
export const standInMatch = 0.6;

/** The fewest words that hold one location of each list: 1 for adjacent single words. */
export function shortestWindow(locationsByWord: readonly (readonly number[])[]): number {
  const lists = locationsByWord.filter((list) => list.length > 0);
  if (lists.length === 0) return Infinity;
  const merged = lists
    .flatMap((list, word) => list.map((location) => ({ location, word })))
    .sort((a, b) => a.location - b.location);
  const counts = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (const entry of merged) {
    if (counts[entry.word]!++ === 0) covered++;
    while (covered === lists.length) {
      const first = merged[left]!;
      best = Math.min(best, entry.location - first.location + 1);
      if (--counts[first.word]! === 0) covered--;
      left++;
    }
  }
  return best;
}

/** Whether a word of the page reads as the typed word: the same, its stem, or what is being typed. */
export function sameWord(pageWord: string | undefined, typed: string, stopWord: boolean): boolean {
  if (pageWord === undefined) return false;
  if (pageWord === typed) return true;
  return !stopWord && pageWord.startsWith(typed.slice(0, Math.max(3, Math.ceil(typed.length * 0.7))));
}

/**
 * Where the whole query stands word for word in the span's text (stop words included), as the
 * locations of its words; undefined when it does not.
 */
function exactPhrase(
  query: ParsedQuery,
  words: readonly string[],
  span: Span,
  firstHits: readonly number[],
): number[] | undefined {
  const first = query.words[0]!;
  const meaningful = new Set(query.words.map((w) => w.word));
  for (const hit of firstHits) {
    const start = hit - first.position;
    if (start < span.start || start + query.tokens.length > span.textEnd) continue;
    const matches = query.tokens.every((token, offset) =>
      sameWord(words[start + offset], token, !meaningful.has(token)),
    );
    if (matches) return query.tokens.map((_, offset) => start + offset);
  }
  return undefined;
}

/**
 * Whether the slots' words stand in the order typed, no further apart than typed (a phrase with
 * other small words, or none, between its words).
 */
function inOrder(slots: readonly Slot[], locations: readonly (readonly number[])[]): boolean {
  const follow = (index: number, from: number): boolean => {
    if (index === slots.length) return true;
    const gap = slots[index]!.position - slots[index - 1]!.position;
    return locations[index]!.some((at) => at > from && at - from <= gap && follow(index + 1, at));
  };
  return locations[0]!.some((at) => follow(1, at));
}

const union = (lists: readonly (readonly number[])[]) => [...new Set(lists.flat())].sort((a, b) => a - b);

/** Scores one span of a page for the query; undefined when no searched word is in it. */
export function scoreSpan(
  query: ParsedQuery,
  page: PageText,
  span: Span,
  hitsByWord: readonly (readonly number[])[],
  slots: readonly Slot[],
  /** What the page brings to each of its spans: its title's words, and its text's score. */
  pageWeight: number,
  /** Where the extra search terms of the page's introduction are: they speak for the whole page. */
  pageTerms?: { start: number; end: number },
): RankedSpan | undefined {
  const words = normalizedWords(page);
  const inSpan = hitsByWord.map((hits) => hits.filter((at) => at >= span.start && at < span.end));
  const bySlot = (list: readonly (readonly number[])[]) =>
    slots.map((slot) => union(slot.words.map((i) => list[i]!)));
  const spanHits = bySlot(inSpan);
  const textHits = bySlot(inSpan.map((hits) => hits.filter((at) => at < span.textEnd)));
  // The glossary's terms find the span, but count for less than its text and its own terms,
  // and never towards "has every word".
  const ownHits = bySlot(inSpan.map((hits) => hits.filter((at) => at < span.glossaryStart)));
  // The introduction's terms are the page's ("shared GPU", "noisy neighbour" on Multi-Tenant): a
  // subsection found by the reader's other words has them too, below its own, so they do not
  // pull the result up to the page top when a subsection's text answers the rest.
  const fromPage = hitsByWord.map((hits) =>
    span.id && pageTerms ? hits.filter((at) => at >= pageTerms.start && at < pageTerms.end) : [],
  );
  const viaPage = bySlot(fromPage).map((hits, s) => hits.length > 0 && ownHits[s]!.length === 0);
  const found = ownHits.map((hits, s) => hits.length > 0 || viaPage[s]!);
  const viaGlossary = spanHits.map((hits, s) => hits.length > 0 && !found[s]);
  if (!ownHits.some((hits) => hits.length > 0) && !viaGlossary.some(Boolean)) return undefined;
  // As the terms are written ("XSS"), not as typed ("xss").
  const viaTerms = slots.flatMap((_, s) =>
    textHits[s]!.length === 0 && spanHits[s]!.length > 0
      ? [page.words[spanHits[s]![0]!]!.replace(/[,.]+$/, '')]
      : [],
  );
  // The best of a slot's words, each by how well the page's word reads as it and what it stands for.
  const best = (
    slot: Slot,
    within: (at: number) => boolean,
    match: (at: number, i: number) => number,
    lists: readonly (readonly number[])[] = inSpan,
  ) =>
    Math.max(
      0,
      ...slot.words.flatMap((i, w) => {
        const factor = (query.words[i]!.standIn ? standInMatch : 1) * slot.shares[w]!;
        return lists[i]!.filter(within).map((at) => match(at, i) * factor);
      }),
    );
  const quality = slots.map((slot) =>
    best(
      slot,
      (at) => at < span.textEnd,
      (at, i) => matchQuality(words[at] ?? '', query.words[i]!.word),
    ),
  );
  // A slot its text lacks counts by where its terms found it: the page's, the span's own, the glossary's.
  const anywhere = () => true;
  const once = () => 1;
  const credit = slots.map((slot, s) => {
    if (quality[s]! > 0) return quality[s]!;
    if (viaPage[s]) return pageTermMatch * best(slot, anywhere, once, fromPage);
    if (found[s]) return termMatch * best(slot, (at) => at < span.glossaryStart, once);
    if (viaGlossary[s]) return glossaryMatch * best(slot, anywhere, once);
    return 0;
  });
  const total = slots.reduce((sum, slot) => sum + slot.weight, 0) || 1;
  const share = (value: (s: number) => number) =>
    slots.reduce((sum, slot, s) => sum + slot.weight * value(s), 0) / total;
  const coverage = share((s) => credit[s]!);
  // The tiers below (word for word, in order, every word in the text, every word found) are
  // the reader's own words' (or their corrections'): a word standing in for one finds the
  // subsection and counts towards its coverage, but earns no tier, so a common stand-in in a
  // subsection's text never lifts it above one that holds the rare ones, or the typed words.
  const typed = slots.flatMap((slot, s) => (slot.words.some((i) => !query.words[i]!.standIn) ? [s] : []));
  const allInText = typed.length > 0 && typed.every((s) => quality[s]! > 0);
  const asTyped = typed.length === slots.length && slots.every((slot) => slot.words.length === 1);
  const phrase = allInText && asTyped ? exactPhrase(query, words, span, textHits[0]!) : undefined;
  const ordered =
    phrase !== undefined ||
    (allInText &&
      inOrder(
        typed.map((s) => slots[s]!),
        typed.map((s) => textHits[s]!),
      ));
  const matched = spanHits.filter((hits) => hits.length > 0).length;
  const closeness = matched / shortestWindow(spanHits);
  // The span's heading is its first words.
  const headingEnd = span.start + (span.id ? span.title.split(/\s+/).length : 0);
  // A heading counts when it holds most of what was asked (by weight), not one common word of it.
  const headingShare = share((s) => (textHits[s]!.some((at) => at < headingEnd) ? 1 : 0));
  const inHeading = headingShare > 0.5 ? headingShare : 0;
  // How much of the span is about the words: often, in a short span (BM25's saturating term
  // frequency, against a span of 100 words), so a short answer beats a long mention; the
  // telling words count more than the filler around them.
  const length = (span.textEnd - span.start) / 100;
  const often = share((s) => {
    const count = textHits[s]!.length;
    return (count * 2.2) / (count + 1.2 * (0.25 + 0.75 * length));
  });

  const score =
    (phrase ? 2000 : 0) +
    // …and letter for letter beats by stem ("identify potential" over "identifies potential").
    (phrase?.every((at, i) => words[at] === query.tokens[i]) ? 500 : 0) +
    (ordered ? 1000 : 0) +
    (allInText ? 200 : 0) +
    (typed.length > 0 && typed.every((s) => found[s]) ? 100 : 0) +
    40 * coverage +
    10 * closeness +
    4 * inHeading +
    often +
    pageWeight;
  // The phrase's small words are marked with it; its searched words only where the ranking
  // found them (src/lib/search/marks.ts), not where a longer word merely starts like one.
  const searched = new Set(query.words.map((w) => w.word));
  const inText = new Set(textHits.flat());
  const marked = new Set([
    ...(phrase ?? []).filter((at, k) => !searched.has(query.tokens[k]!) || inText.has(at)),
    ...inText,
  ]);
  return { span, score, excerpt: excerptOf(page, span, marked), viaTerms };
}
