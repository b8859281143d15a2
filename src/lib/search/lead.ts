// A ranking led by one subsection, wherever the reader's words put it: the section that answers
// a question every policy answers under a heading of its own (src/lib/search/topics.ts), or the
// reporting section (src/lib/search/reporting.ts).
import { excerptOf } from './excerpt';
import type { PageText, Span } from './page-text';
import type { Ranking } from './rank';

/** The ranking with its page at index `page` first, led by that page's span at index `span`. */
export function ledByRanked(ranking: Ranking, page: number, span: number): Ranking {
  if (page === 0 && span === 0) return ranking;
  const found = ranking.pages[page]!;
  const spans = [found.spans[span]!, ...found.spans.filter((_, i) => i !== span)];
  return { ...ranking, pages: [{ ...found, spans }, ...ranking.pages.filter((_, i) => i !== page)] };
}

/** The ranking led by a subsection it lacks (none of the words are there), nothing marked in it. */
export function ledByUnranked(ranking: Ranking, page: PageText, span: Span): Ranking {
  const lead = { span, score: 0, excerpt: excerptOf(page, span, new Set()), viaTerms: [] };
  return {
    ...ranking,
    pages: [
      { page, spans: [lead], score: 0, hasAllWords: false, marks: [] },
      ...ranking.pages.filter((other) => other.page.id !== page.id),
    ],
  };
}
