import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { encodeTermWords, glossaryWordsMetaKey, termWordsMetaKey } from './page-text';

const headingSelector = 'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]';

/** A heading with its anchor wrapper, as one block to insert before. */
function block(heading: Cheerio<Element>): Cheerio<Element> {
  const wrapper = heading.parent('.heading');
  return wrapper.length > 0 ? wrapper : heading;
}

/**
 * Adds to the parsed page what the search index sees of its terms: each heading's extra search terms at the end of its
 * span (terms for the title at the end of the text before the first heading), then the
 * glossary's, and how many words of each end each span, as Pagefind metadata, so search can
 * tell the policy's words from the terms: it ranks text above terms, the glossary's below the
 * section's own, and never shows terms in an excerpt. Readers never download the terms. Throws
 * when a heading is missing: a term is never dropped silently. Returns whether the page changed.
 */
export function addSearchTerms(
  $: CheerioAPI,
  termsByHeading: ReadonlyMap<string, readonly string[]>,
  glossaryByHeading: ReadonlyMap<string, readonly string[]> = new Map(),
): boolean {
  if (termsByHeading.size === 0 && glossaryByHeading.size === 0) return false;
  const body = $('[data-pagefind-body]').first();
  if (body.length === 0) throw new Error('search terms: the page has no data-pagefind-body element');
  const bodyHeadings = body.find(headingSelector).toArray();
  const counts = { terms: new Map<string, number>(), glossary: new Map<string, number>() };
  const ids = new Set([...termsByHeading.keys(), ...glossaryByHeading.keys()]);
  let lastGlossary: ReturnType<typeof $> | undefined;
  for (const id of ids) {
    const heading = $(`[id="${id}"]`).first();
    if (heading.length === 0)
      throw new Error(`search terms for #${id}: the page has no element with that id`);
    const index = bodyHeadings.indexOf(heading.get(0)!);
    // Outside the body (the page title), the terms end the text before the body's first heading.
    const next = index === -1 ? bodyHeadings[0] : bodyHeadings[index + 1];
    const span = index === -1 ? '' : id;
    for (const [kind, terms] of [
      ['terms', termsByHeading.get(id)],
      ['glossary', glossaryByHeading.get(id)],
    ] as const) {
      if (!terms || terms.length === 0) continue;
      const text = `${terms.join(', ')}.`;
      const paragraph = $('<p>').text(text);
      if (next) block($(next)).before(paragraph);
      else body.append(paragraph);
      counts[kind].set(span, (counts[kind].get(span) ?? 0) + text.split(/\s+/).length);
      if (kind === 'glossary') lastGlossary = paragraph;
    }
  }
  // One metadata key per element: Pagefind reads `key:value` to the end of the attribute.
  if (counts.terms.size > 0)
    body.attr('data-pagefind-meta', `${termWordsMetaKey}:${encodeTermWords(counts.terms)}`);
  if (counts.glossary.size > 0)
    lastGlossary?.attr('data-pagefind-meta', `${glossaryWordsMetaKey}:${encodeTermWords(counts.glossary)}`);
  return true;
}

/** The page as the search index sees it, with its terms added (`addSearchTerms`). */
export function withSearchTerms(
  html: string,
  termsByHeading: ReadonlyMap<string, readonly string[]>,
  glossaryByHeading: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  const $ = load(html);
  return addSearchTerms($, termsByHeading, glossaryByHeading) ? $.html() : html;
}
