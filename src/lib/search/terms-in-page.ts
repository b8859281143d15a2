import { load, type Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { encodeTermWords, termWordsMetaKey } from './page-text';

const headingSelector = 'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]';

/** A heading with its anchor wrapper, as one block to insert before. */
function block(heading: Cheerio<Element>): Cheerio<Element> {
  const wrapper = heading.parent('.heading');
  return wrapper.length > 0 ? wrapper : heading;
}

/**
 * The page as the search index sees it: each heading's extra search terms at the end of its
 * span (terms for the title at the end of the text before the first heading), and how many
 * words of terms end each span, as Pagefind metadata, so search can tell the policy's words
 * from the terms: it ranks text above terms and never shows terms in an excerpt. Readers never
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
  const termWords = new Map<string, number>();
  for (const [id, terms] of termsByHeading) {
    const heading = $(`[id="${id}"]`).first();
    if (heading.length === 0)
      throw new Error(`search terms for #${id}: the page has no element with that id`);
    const text = `${terms.join(', ')}.`;
    const paragraph = $('<p>').text(text);
    const index = bodyHeadings.indexOf(heading.get(0)!);
    // Outside the body (the page title), the terms end the text before the body's first heading.
    const next = index === -1 ? bodyHeadings[0] : bodyHeadings[index + 1];
    if (next) block($(next)).before(paragraph);
    else body.append(paragraph);
    const span = index === -1 ? '' : id;
    termWords.set(span, (termWords.get(span) ?? 0) + text.split(/\s+/).length);
  }
  body.attr('data-pagefind-meta', `${termWordsMetaKey}:${encodeTermWords(termWords)}`);
  return $.html();
}
