// Our ranking on top of Pagefind's index. Pagefind finds, for each word the reader typed, the
// pages that have it and where; this decides what comes first, down to the subsection:
//   1. the query word for word (stop words too), then its meaningful words in order;
//   2. a subsection whose own text has every meaningful word, before one that needs the
//      section's extra search terms, before one that has only some of the words;
//   3. more of the words, rarer words counting more (Pagefind's per-word page counts);
//   4. the words close together, in a heading, and often.
import { normalizedWords, spansOf, type PageText, type Span } from './page-text';
import { matchQuality, readsAs, tokenize, type ParsedQuery, type QueryWord } from './words';

/** Where Pagefind found a searched word on a page, and how it scored the page for it (BM25). */
export interface PageHits {
  score: number;
  /** The word's locations in the page's text. */
  locations: readonly number[];
}

/** Pagefind's answer for one searched word: the pages that have it, by page id. */
export interface WordHits {
  word: QueryWord;
  pages: ReadonlyMap<string, PageHits>;
}

/** A run of words to show, marked where they match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface RankedSpan {
  span: Span;
  score: number;
  /** A few words of the span around the matches, the policy's own text only. */
  excerpt: ExcerptPart[];
  /** Searched words found only among the span's extra search terms, not in its text. */
  viaTerms: string[];
}

export interface RankedPage {
  page: PageText;
  /** The spans that match, best first; the first is where the result leads. */
  spans: RankedSpan[];
  score: number;
  /** Every searched word is somewhere on the page (text or extra terms). */
  hasAllWords: boolean;
}

export interface Ranking {
  pages: RankedPage[];
  /** Searched words that no page has. */
  missing: string[];
  /** Some page has every searched word. */
  complete: boolean;
}

/** What a word found only in a span's extra search terms counts, against 1 in its text. */
const termMatch = 0.8;

/** What a word found only among the glossary's terms for a span counts. */
const glossaryMatch = 0.4;

/** Words shown around the matches in an excerpt. */
export const excerptWords = 24;

/** Rarity of a word (BM25's inverse document frequency): found on fewer pages, worth more. */
export function idf(pagesWithWord: number, totalPages: number): number {
  return Math.log(1 + (totalPages - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
}

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
function sameWord(pageWord: string | undefined, typed: string, stopWord: boolean): boolean {
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
 * Whether the meaningful words stand in the order typed, no further apart than typed (a phrase
 * with other small words, or none, between its words).
 */
function inOrder(query: ParsedQuery, locations: readonly (readonly number[])[]): boolean {
  const follow = (index: number, from: number): boolean => {
    if (index === query.words.length) return true;
    const gap = query.words[index]!.position - query.words[index - 1]!.position;
    return locations[index]!.some((at) => at > from && at - from <= gap && follow(index + 1, at));
  };
  return locations[0]!.some((at) => follow(1, at));
}

/** A window of the span's own text around its matches, with the matched words marked. */
function excerptOf(page: PageText, span: Span, marked: ReadonlySet<number>): ExcerptPart[] {
  const inText = [...marked].filter((at) => at >= span.start && at < span.textEnd).sort((a, b) => a - b);
  // Start where the window holds the most matches, a few words before the first of them.
  let start = span.start;
  let most = 0;
  for (const at of inText) {
    const count = inText.filter((other) => other >= at && other < at + excerptWords).length;
    if (count > most) [most, start] = [count, Math.max(span.start, at - 4)];
  }
  const end = Math.min(span.textEnd, start + excerptWords);
  start = Math.max(span.start, Math.min(start, end - excerptWords));
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > span.start) push('… ', false);
  for (let at = start; at < end; at++) {
    if (at > start) push(' ', false);
    push(page.words[at]!, marked.has(at));
  }
  if (end < span.textEnd) push(' …', false);
  return parts;
}

/** Scores one span of a page for the query; undefined when no searched word is in it. */
function scoreSpan(
  query: ParsedQuery,
  page: PageText,
  span: Span,
  hitsByWord: readonly (readonly number[])[],
  rarity: readonly number[],
  /** What the page brings to each of its spans: its title's words, and Pagefind's score. */
  pageWeight: number,
): (RankedSpan & { words: boolean[] }) | undefined {
  const words = normalizedWords(page);
  const inSpan = hitsByWord.map((hits) => hits.filter((at) => at >= span.start && at < span.end));
  const inText = inSpan.map((hits) => hits.filter((at) => at < span.textEnd));
  // As the terms are written ("XSS"), not as typed ("xss").
  const viaTerms = query.words.flatMap((_, i) =>
    inText[i]!.length === 0 && inSpan[i]!.length > 0
      ? [page.words[inSpan[i]![0]!]!.replace(/[,.]+$/, '')]
      : [],
  );
  // The glossary's terms find the span, but count for less than its text and its own terms,
  // and never towards "has every word".
  const inOwn = inSpan.map((hits) => hits.filter((at) => at < span.glossaryStart));
  const viaGlossary = inSpan.map((hits, i) => hits.length > 0 && inOwn[i]!.length === 0);
  const found = inOwn.map((hits) => hits.length > 0);
  if (!found.some(Boolean) && !viaGlossary.some(Boolean)) return undefined;

  const quality = inText.map((hits, i) =>
    Math.max(0, ...hits.map((at) => matchQuality(words[at] ?? '', query.words[i]!.word))),
  );
  const total = rarity.reduce((sum, value) => sum + value, 0) || 1;
  const coverage =
    rarity.reduce(
      (sum, value, i) =>
        sum +
        value * (quality[i]! > 0 ? quality[i]! : found[i] ? termMatch : viaGlossary[i] ? glossaryMatch : 0),
      0,
    ) / total;
  const allInText = quality.every((q) => q > 0);
  const phrase = allInText ? exactPhrase(query, words, span, inText[0]!) : undefined;
  const ordered = phrase !== undefined || (allInText && inOrder(query, inText));
  const matched = inSpan.filter((hits) => hits.length > 0).length;
  const closeness = matched / shortestWindow(inSpan);
  // The span's heading is its first words.
  const headingEnd = span.start + (span.id ? span.title.split(/\s+/).length : 0);
  // A heading counts when it holds most of what was asked (by rarity), not one common word of it.
  const headingShare =
    rarity.reduce((sum, value, i) => sum + (inText[i]!.some((at) => at < headingEnd) ? value : 0), 0) / total;
  const inHeading = headingShare > 0.5 ? headingShare : 0;
  // How much of the span is about the words: often, in a short span (BM25's saturating term
  // frequency, against a span of 100 words), so a short answer beats a long mention.
  const length = (span.textEnd - span.start) / 100;
  const often =
    inText.reduce(
      (sum, hits) => sum + (hits.length * 2.2) / (hits.length + 1.2 * (0.25 + 0.75 * length)),
      0,
    ) / query.words.length;

  const score =
    (phrase ? 2000 : 0) +
    // …and letter for letter beats by stem ("identify potential" over "identifies potential").
    (phrase?.every((at, i) => words[at] === query.tokens[i]) ? 500 : 0) +
    (ordered ? 1000 : 0) +
    (allInText ? 200 : 0) +
    (found.every(Boolean) ? 100 : 0) +
    40 * coverage +
    10 * closeness +
    4 * inHeading +
    often +
    pageWeight;
  const marked = new Set([...(phrase ?? []), ...inText.flat()]);
  return {
    span,
    score,
    excerpt: excerptOf(page, span, marked),
    viaTerms,
    words: found,
  };
}

/** Pagefind's score of a page for the whole query: the sum of its scores for each word. */
const pagefindScore = (hits: readonly WordHits[], id: string) =>
  hits.reduce((sum, word) => sum + (word.pages.get(id)?.score ?? 0), 0);

/**
 * A page's score for the words, as BM25 gives it, over the policy's own text alone: Pagefind's
 * score counts a page's extra terms and the glossary's in its length, so the terms a page
 * brings along would change which of two pages that say the same thing comes first.
 */
function textScore(
  spans: readonly Span[],
  byWord: readonly (readonly number[])[],
  rarity: readonly number[],
): number {
  const inText = (at: number) => spans.some((span) => at >= span.start && at < span.textEnd);
  // Against a page of 250 words of text, as a span's own score is against one of 100.
  const length = spans.reduce((sum, span) => sum + (span.textEnd - span.start), 0) / 250;
  return byWord.reduce((sum, locations, i) => {
    const often = locations.filter(inText).length;
    // Full length normalisation (BM25's b = 1): of two pages that say it, the shorter one, where
    // it is more of what is said, comes first.
    return sum + (rarity[i]! * often * 2.2) / (often + 1.2 * length);
  }, 0);
}

/**
 * Ranks the pages Pagefind found for the query's words: each page by its best span, each
 * page's spans best first, keeping only spans that match.
 */
export function rank(
  query: ParsedQuery,
  hits: readonly WordHits[],
  pages: readonly PageText[],
  totalPages: number,
): Ranking {
  // Only where the page's word reads as the searched one, not wherever Pagefind's prefix
  // fallback found something ("to" for "token").
  const genuine = new Map(
    pages.map((page) => [
      page.id,
      hits.map((word) =>
        (word.pages.get(page.id)?.locations ?? []).filter((at) =>
          readsAs(page.words[at] ?? '', word.word.word),
        ),
      ),
    ]),
  );
  // The glossary's terms find a subsection by jargon the policy lacks; a word the policy's text
  // or a section's own terms have is found there, not through the glossary.
  const spans = new Map(pages.map((page) => [page.id, spansOf(page)]));
  const inGlossary = (page: PageText, at: number) =>
    spans.get(page.id)!.some((span) => at >= span.glossaryStart && at < span.end);
  const elsewhere = hits.map((_, i) =>
    pages.some((page) => genuine.get(page.id)![i]!.some((at) => !inGlossary(page, at))),
  );
  for (const page of pages) {
    const byWord = genuine.get(page.id)!;
    byWord.forEach((list, i) => {
      if (elsewhere[i]) byWord[i] = list.filter((at) => !inGlossary(page, at));
    });
  }
  // Rarity from the pages that really have the word: Pagefind's count less those it found
  // only through its prefix fallback.
  const rarity = hits.map((word, i) => {
    const fallbackOnly = pages.filter(
      (page) => word.pages.has(page.id) && genuine.get(page.id)![i]!.length === 0,
    ).length;
    return idf(word.pages.size - fallbackOnly, totalPages);
  });
  const found = hits.map((_, i) => pages.some((page) => genuine.get(page.id)![i]!.length > 0));
  const pageScores = new Map(
    pages.map((page) => [page.id, textScore(spans.get(page.id)!, genuine.get(page.id)!, rarity)]),
  );
  const bestPageScore = Math.max(0, ...pageScores.values()) || 1;
  const ranked = pages.flatMap((page): RankedPage[] => {
    const byWord = genuine.get(page.id)!;
    // The page's title (its h1, outside the indexed text) counts for all its spans, as a heading
    // does for its own; last, the page's BM25 score over its own text (favouring shorter pages).
    const title = tokenize(page.title);
    const titleShare =
      query.words.reduce(
        (sum, { word }, i) => sum + (title.some((t) => sameWord(t, word, false)) ? rarity[i]! : 0),
        0,
      ) / (rarity.reduce((sum, value) => sum + value, 0) || 1);
    const pageWeight = 3 * titleShare + pageScores.get(page.id)! / bestPageScore;
    const spans = spansOf(page)
      .map((span) => scoreSpan(query, page, span, byWord, rarity, pageWeight))
      .filter((span) => span !== undefined)
      .sort((a, b) => b.score - a.score);
    if (spans.length === 0) return [];
    return [
      {
        page,
        spans: spans.map(({ words: _, ...span }) => span),
        score: spans[0]!.score,
        hasAllWords: byWord.every((list) => list.length > 0),
      },
    ];
  });
  ranked.sort((a, b) => b.score - a.score);
  return {
    pages: ranked,
    missing: hits.filter((_, i) => !found[i]).map((word) => word.word.word),
    complete: ranked.some((page) => page.hasAllWords),
  };
}

/**
 * The pages worth loading to rank, best guess first, from the hits alone (before any page text
 * is fetched): more of the words, rarer words, closer together, more often.
 */
export function candidatePages(hits: readonly WordHits[], totalPages: number, limit: number): string[] {
  const rarity = hits.map((word) => idf(word.pages.size, totalPages));
  const ids = new Set(hits.flatMap((word) => [...word.pages.keys()]));
  const score = (id: string) => {
    const byWord = hits.map((word) => word.pages.get(id)?.locations ?? []);
    const coverage = byWord.reduce((sum, list, i) => sum + (list.length > 0 ? rarity[i]! : 0), 0);
    const matched = byWord.filter((list) => list.length > 0).length;
    const closeness = matched / shortestWindow(byWord);
    return 100 * coverage + 10 * closeness + pagefindScore(hits, id);
  };
  return [...ids]
    .map((id) => ({ id, score: score(id) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ id }) => id);
}
