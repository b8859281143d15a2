import { load, type Cheerio } from 'cheerio';
import type { Element } from 'domhandler';

/** Weight of extra search terms against body text (1) and headings (Pagefind's own, up to 7). */
export const searchTermWeight = 5;

const headingSelector = 'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]';

/** A heading with its anchor wrapper, as one block to insert before. */
function block(heading: Cheerio<Element>): Cheerio<Element> {
  const wrapper = heading.parent('.heading');
  return wrapper.length > 0 ? wrapper : heading;
}

/**
 * The page as the search index sees it: each heading's extra search terms at the end of its
 * sub-section (terms for the title at the end of the text before the first subsection), so they
 * rank that sub-result while excerpts keep showing the policy's own words first. Readers never
 * download the terms. Throws when a heading is missing: a term is never dropped silently.
 */
export function withSearchTerms(
  html: string,
  termsByHeading: ReadonlyMap<string, readonly string[]>,
): string {
  if (termsByHeading.size === 0) return html;
  const $ = load(html);
  const body = $('[data-pagefind-body]').first();
  if (body.length === 0) throw new Error('search terms: the page has no data-pagefind-body element');
  const bodyHeadings = body.find(headingSelector).toArray();
  for (const [id, terms] of termsByHeading) {
    const heading = $(`[id="${id}"]`).first();
    if (heading.length === 0)
      throw new Error(`search terms for #${id}: the page has no element with that id`);
    const paragraph = $('<p>')
      .attr('data-pagefind-weight', String(searchTermWeight))
      .text(`${terms.join(', ')}.`);
    const index = bodyHeadings.indexOf(heading.get(0)!);
    // Outside the body (the page title), the section ends at the body's first heading.
    const next = index === -1 ? bodyHeadings[0] : bodyHeadings[index + 1];
    if (next) block($(next)).before(paragraph);
    else body.append(paragraph);
  }
  return $.html();
}
