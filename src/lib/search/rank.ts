// Our ranking on top of Pagefind's index. Pagefind finds, for each word the reader typed, the
// pages that have it and where; this decides what comes first, down to the subsection
// (src/lib/search/span-score.ts scores each):
//   1. the query word for word (stop words too), then its meaningful words in order;
//   2. a subsection whose own text has every meaningful word, before one that needs the
//      section's extra search terms, before one that has only some of the words;
//   3. more of the words, telling words counting more (rare among the policy's subsections and
//      in English: src/lib/search/word-weight.ts);
//   4. the words close together, in a heading, and often.
import { markedLocations, markedWords } from './marks';
import { spansOf, type PageText, type Span } from './page-text';
import { sameWord, scoreSpan, shortestWindow, type RankedSpan, type Slot } from './span-score';
import { idf } from './word-weight';
import { normalizeWord, readsAs, tokenize, type ParsedQuery, type QueryWord } from './words';

export type { ExcerptPart } from './excerpt';
export { excerptWords } from './excerpt';
export type { RankedSpan } from './span-score';
export { shortestWindow } from './span-score';
export { idf } from './word-weight';

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

export interface RankedPage {
  page: PageText;
  /** The spans that match, best first; the first is where the result leads. */
  spans: RankedSpan[];
  score: number;
  /** Every searched word is somewhere on the page (text or extra terms). */
  hasAllWords: boolean;
  /** The page's words to mark where the result leads, as the page writes them (src/lib/search/marks.ts). */
  marks: string[];
}

export interface Ranking {
  pages: RankedPage[];
  /** Searched words that no page has. */
  missing: string[];
  /** Some page has every searched word. */
  complete: boolean;
}

/** The query's slots: its searched words grouped by the typed word they stand for, in order. */
function slotsOf(words: readonly QueryWord[], rarity: readonly number[], found: readonly boolean[]): Slot[] {
  const byPosition = new Map<number, number[]>();
  words.forEach((word, i) => byPosition.set(word.position, [...(byPosition.get(word.position) ?? []), i]));
  return [...byPosition]
    .sort(([a], [b]) => a - b)
    .map(([position, indices]) => {
      const telling = indices.filter((i) => found[i]);
      const weight = Math.max(...(telling.length > 0 ? telling : indices).map((i) => rarity[i]!));
      return {
        position,
        words: indices,
        weight,
        shares: indices.map((i) => Math.min(1, rarity[i]! / weight)),
      };
    });
}

/**
 * A page's score for the slots, as BM25 gives it, over the policy's own text alone: Pagefind's
 * score counts a page's extra terms and the glossary's in its length, so the terms a page
 * brings along would change which of two pages that say the same thing comes first.
 */
function textScore(
  spans: readonly Span[],
  byWord: readonly (readonly number[])[],
  slots: readonly Slot[],
): number {
  const inText = (at: number) => spans.some((span) => at >= span.start && at < span.textEnd);
  // Against a page of 250 words of text, as a span's own score is against one of 100.
  const length = spans.reduce((sum, span) => sum + (span.textEnd - span.start), 0) / 250;
  return slots.reduce((sum, slot) => {
    const often = new Set(slot.words.flatMap((i) => byWord[i]!.filter(inText))).size;
    // Full length normalisation (BM25's b = 1): of two pages that say it, the shorter one, where
    // it is more of what is said, comes first.
    return sum + (slot.weight * often * 2.2) / (often + 1.2 * length);
  }, 0);
}

/**
 * Ranks the pages Pagefind found for the query's words: each page by its best span, each
 * page's spans best first, keeping only spans that match. `englishWeight` gives a word's weight
 * from its frequency in English (1 for all when not known).
 */
export function rank(
  query: ParsedQuery,
  hits: readonly WordHits[],
  pages: readonly PageText[],
  totalPages: number,
  englishWeight: (word: string) => number = () => 1,
): Ranking {
  // Only where the page's word reads as the searched one, not wherever Pagefind's prefix
  // fallback found something ("to" for "token").
  const genuine = new Map(
    pages.map((page) => [
      page.id,
      hits.map((word) =>
        (word.pages.get(page.id)?.locations ?? []).filter(
          (at) =>
            readsAs(page.words[at] ?? '', word.word.word, word.word.standIn) &&
            !oppositeSide(query, word.word, page, at),
        ),
      ),
    ]),
  );
  // A word some page has whole (or by stem) is found only so, not inside longer words ("safe"
  // is not "safeguards"); one no page has whole is being typed ("safeg"), found where words start so.
  const wholeHits = new Map(
    pages.map((page) => [
      page.id,
      genuine
        .get(page.id)!
        .map((list, i) => list.filter((at) => readsAs(page.words[at] ?? '', hits[i]!.word.word, true))),
    ]),
  );
  hits.forEach((_, i) => {
    if (pages.some((page) => wholeHits.get(page.id)![i]!.length > 0))
      for (const page of pages) genuine.get(page.id)![i] = wholeHits.get(page.id)![i]!;
  });
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
  // Rarity among subsections, not pages: on a policy of five pages every word is on one page
  // or two, but a telling word is in one subsection or two of thirty, a filler word in many.
  // The pages loaded are those with the words; the others' subsections count at the same rate.
  const loaded = pages.flatMap((page) => spans.get(page.id)!.map((span) => ({ page, span })));
  const totalSpans = Math.max(loaded.length, (loaded.length * totalPages) / Math.max(1, pages.length));
  const rarity = hits.map((word, i) => {
    const holding = loaded.filter(({ page, span }) =>
      genuine.get(page.id)![i]!.some((at) => at >= span.start && at < span.end),
    ).length;
    return idf(holding, totalSpans) * englishWeight(word.word.word);
  });
  const found = hits.map((_, i) => pages.some((page) => genuine.get(page.id)![i]!.length > 0));
  const slots = slotsOf(query.words, rarity, found);
  // A typed word no subsection has (and nothing stands in for) says nothing about where to
  // look: the ranking goes by the others, as if it had not been typed.
  const telling = slots.filter((slot) => slot.words.some((i) => found[i]));
  const pageScores = new Map(
    pages.map((page) => [page.id, textScore(spans.get(page.id)!, genuine.get(page.id)!, telling)]),
  );
  const bestPageScore = Math.max(0, ...pageScores.values()) || 1;
  const totalWeight = telling.reduce((sum, slot) => sum + slot.weight, 0) || 1;
  const ranked = pages.flatMap((page): RankedPage[] => {
    const byWord = genuine.get(page.id)!;
    // The page's title (its h1, outside the indexed text) counts for all its spans, as a heading
    // does for its own; last, the page's BM25 score over its own text (favouring shorter pages).
    const title = tokenize(page.title);
    const titleShare =
      telling.reduce(
        (sum, slot) =>
          sum +
          (slot.words.some((i) => title.some((t) => sameWord(t, query.words[i]!.word, false)))
            ? slot.weight
            : 0),
        0,
      ) / totalWeight;
    const pageWeight = 3 * titleShare + pageScores.get(page.id)! / bestPageScore;
    const marked = markedLocations(spans.get(page.id)!, byWord);
    const intro = spans.get(page.id)!.find((span) => span.id === '');
    const pageTerms = intro && { start: intro.textEnd, end: intro.glossaryStart };
    const ranked = spans
      .get(page.id)!
      .map((span) => scoreSpan(query, page, span, byWord, telling, pageWeight, pageTerms))
      .filter((span) => span !== undefined)
      .sort((a, b) => b.score - a.score);
    if (ranked.length === 0) return [];
    return [
      {
        page,
        spans: ranked,
        score: ranked[0]!.score,
        hasAllWords: slots.every((slot) => slot.words.some((i) => byWord[i]!.length > 0)),
        marks: markedWords(page.words, marked),
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
 * Whether the page's word stands on the other side of the line from the typed one: "in scope"
 * asks what is covered, and "Out of Scope" or "Not in scope" lists what is not. Only the line
 * drawn with "in" and "out of" or "not in": "no reliable methods" still answers "reliable methods".
 */
function oppositeSide(query: ParsedQuery, word: QueryWord, page: PageText, at: number): boolean {
  const typed = (offset: number) => query.tokens[word.position - offset];
  const before = (offset: number) => normalizeWord(page.words[at - offset] ?? '');
  const askedIn = typed(1) === 'in' && typed(2) !== 'not';
  return (
    askedIn && ((before(2) === 'out' && before(1) === 'of') || (before(2) === 'not' && before(1) === 'in'))
  );
}

/** Pagefind's score of a page for the whole query: the sum of its scores for each word. */
const pagefindScore = (hits: readonly WordHits[], id: string) =>
  hits.reduce((sum, word) => sum + (word.pages.get(id)?.score ?? 0), 0);

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
