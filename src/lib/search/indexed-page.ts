// A section page as the search index gets it, from one parse of its HTML: the glossary's terms
// are found in it, its title and terms added to it, and its indexed text read from it, where
// each of these steps once parsed the page again.
import { load, type CheerioAPI } from 'cheerio';
import { excludedFromIndex } from './excluded';
import { glossaryTermsOf } from './glossary';
import { addSearchTerms } from './terms-in-page';
import { addTitle } from './title-in-page';

/** The text Pagefind indexes of a parsed page: its body without what it leaves out, word by word. Removes that from the page. */
export function indexedText($: CheerioAPI): string {
  const body = $('[data-pagefind-body]');
  body.find(excludedFromIndex.join(', ')).remove();
  return body
    .find('*')
    .addBack()
    .contents()
    .filter((_, node) => node.type === 'text')
    .map((_, node) => $(node).text())
    .get()
    .join(' ');
}

/**
 * The page for Pagefind (`content`: with its title, its own search terms `own` and the
 * glossary's, as `addTitle` and `addSearchTerms` add them; the page as it was when it gets
 * none) and the text Pagefind indexes of it, for the vocabulary.
 */
export function indexedPage(
  html: string,
  own: ReadonlyMap<string, readonly string[]>,
  matcher: (text: string) => string[],
): { content: string; text: string } {
  const $ = load(html);
  const glossary = glossaryTermsOf($, own, matcher);
  const titled = addTitle($);
  const changed = addSearchTerms($, own, glossary) || titled;
  const content = changed ? $.html() : html;
  return { content, text: indexedText($) };
}
