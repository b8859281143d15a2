// Small pages and Pagefind's answers for them, for the unit tests of the ranking.
import type { Anchor, PageText } from '../../src/lib/search/page-text';
import type { WordHits } from '../../src/lib/search/rank';
import { normalizeWord, parseQuery, type ParsedQuery } from '../../src/lib/search/words';

/** A page of plain words; headings are `## Title` markers that start a span. */
export function pageOf(id: string, text: string, termWords: Record<string, number> = {}): PageText {
  const words: string[] = [];
  const anchors: Anchor[] = [];
  for (const part of text.split('|')) {
    const heading = part.match(/^\s*##\s*([^:]+):(.*)$/);
    if (heading) {
      const title = heading[1]!.trim();
      anchors.push({ id: title.toLowerCase().replace(/\s+/g, '-'), title, location: words.length });
      words.push(...title.split(/\s+/), ...heading[2]!.trim().split(/\s+/).filter(Boolean));
    } else words.push(...part.trim().split(/\s+/).filter(Boolean));
  }
  return { id, url: `/${id}/`, title: id, words, anchors, termWords: new Map(Object.entries(termWords)) };
}

/** What Pagefind answers for each searched word: the pages with words that start like it. */
export function hitsFor(query: string | ParsedQuery, pages: PageText[]): WordHits[] {
  return (typeof query === 'string' ? parseQuery(query) : query).words.map((word) => ({
    word,
    pages: new Map(
      pages.flatMap((page) => {
        const locations = page.words.flatMap((w, at) => (normalizeWord(w).startsWith(word.word) ? [at] : []));
        // Pagefind scores a page by BM25: more often, in a shorter page, scores higher.
        const score = locations.length / (locations.length + page.words.length / 20);
        return locations.length > 0 ? [[page.id, { score, locations }] as const] : [];
      }),
    ),
  }));
}
