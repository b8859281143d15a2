// A page as search sees it: Pagefind's text of the page, cut into spans at its headings.
// With its extension: the benchmarks import this file in Node, which resolves no other way.
import { normalizeWord } from './words.ts';

/** A heading inside the indexed text, at the word where it starts. */
export interface Anchor {
  id: string;
  title: string;
  location: number;
}

/** What ranking needs of a page Pagefind returned. */
export interface PageText {
  /** Pagefind's page id. */
  id: string;
  /** URL of the page, with the site's base path. */
  url: string;
  title: string;
  /** The indexed text split on white space: Pagefind's word locations index into it. */
  words: readonly string[];
  /** The headings inside the indexed text, in order. */
  anchors: readonly Anchor[];
  /**
   * Words of extra search terms at the end of a span, by the span's heading id ('' for the text
   * before the first heading): indexed so readers' own words find the span, never shown.
   */
  termWords: ReadonlyMap<string, number>;
  /**
   * Words of the glossary's terms at the very end of a span, after its own terms, by heading id:
   * they find a subsection by jargon its text lacks, and count only for such words.
   */
  glossaryWords?: ReadonlyMap<string, number>;
}

/** The text under one heading (or before the first), up to the next heading. */
export interface Span {
  /** Heading id; '' for the text before the first heading, which belongs to the page itself. */
  id: string;
  title: string;
  start: number;
  /** Where the policy's own text ends: the extra search terms follow, up to `end`. */
  textEnd: number;
  /** Where the glossary's terms start (the last of the terms, up to `end`). */
  glossaryStart: number;
  end: number;
}

/** The page's spans: its opening text (when it has any), then one per heading. */
export function spansOf(page: PageText): Span[] {
  const span = (id: string, title: string, start: number, end: number): Span => {
    const glossaryStart = Math.max(start, end - (page.glossaryWords?.get(id) ?? 0));
    return {
      id,
      title,
      start,
      end,
      glossaryStart,
      textEnd: Math.max(start, glossaryStart - (page.termWords.get(id) ?? 0)),
    };
  };
  const first = page.anchors[0]?.location ?? page.words.length;
  const spans = first > 0 ? [span('', page.title, 0, first)] : [];
  page.anchors.forEach((anchor, index) =>
    spans.push(
      span(anchor.id, anchor.title, anchor.location, page.anchors[index + 1]?.location ?? page.words.length),
    ),
  );
  return spans;
}

/** The page's words normalised, computed once per page. */
const normalized = new WeakMap<PageText, string[]>();
export function normalizedWords(page: PageText): readonly string[] {
  let words = normalized.get(page);
  if (!words) normalized.set(page, (words = page.words.map(normalizeWord)));
  return words;
}

/** Pagefind metadata key of a page's extra search terms (see `encodeTermWords`). */
export const termWordsMetaKey = 'terms';

/** Pagefind metadata key of the glossary's terms on a page, in the same form. */
export const glossaryWordsMetaKey = 'glossary';

/**
 * The extra search terms of a page in the compact form stored as Pagefind metadata:
 * `id=words;id=words`, the number of words of terms at the end of each span. Pagefind splits
 * metadata on commas, so neither part may hold one (heading ids never do).
 */
export function encodeTermWords(termWords: ReadonlyMap<string, number>): string {
  return [...termWords].map(([id, count]) => `${id}=${count}`).join(';');
}

export function decodeTermWords(encoded: string | undefined): Map<string, number> {
  const termWords = new Map<string, number>();
  for (const part of encoded?.split(';') ?? []) {
    const at = part.lastIndexOf('=');
    const count = Number(part.slice(at + 1));
    if (at >= 0 && Number.isInteger(count) && count > 0) termWords.set(part.slice(0, at), count);
  }
  return termWords;
}
