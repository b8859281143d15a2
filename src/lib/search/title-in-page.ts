import { load, type CheerioAPI } from 'cheerio';

/**
 * Puts the section's title (its h1, which stands outside the indexed text) at the start of the
 * parsed page's indexed text, weighted as a title: "privacy" finds "Data privacy". Returns
 * whether the page changed (not when it has no title or no indexed text).
 */
export function addTitle($: CheerioAPI): boolean {
  const title = $('h1').first().text().trim();
  const body = $('[data-pagefind-body]').first();
  if (!title || body.length === 0) return false;
  body.prepend($('<p>').attr('data-pagefind-weight', '7').text(title));
  return true;
}

/** The page as the search index sees it, with its title added (`addTitle`). Readers never see this copy. */
export function withTitle(html: string): string {
  const $ = load(html);
  return addTitle($) ? $.html() : html;
}
