import { load } from 'cheerio';

/**
 * The page as the search index sees it, with the section's title (its h1, which stands outside
 * the indexed text) at the start of the indexed text, weighted as a title: "privacy" finds
 * "Data privacy". Readers never see this copy.
 */
export function withTitle(html: string): string {
  const $ = load(html);
  const title = $('h1').first().text().trim();
  const body = $('[data-pagefind-body]').first();
  if (!title || body.length === 0) return html;
  body.prepend($('<p>').attr('data-pagefind-weight', '7').text(title));
  return $.html();
}
