// Where search lands a reader who asks how to report a vulnerability, or whose jargon the policy
// never speaks of: the section that says how to report one, the one the site's "Report a
// vulnerability" page names (`reportingSection`, src/lib/sections.ts), rather than wherever the
// words "report a vulnerability" rank first ("Pre-release Versions" on Express's policy,
// "Supported Versions" on Quarkus's, where a sentence holds both).
import { ledByRanked, ledByUnranked } from './lead';
import { spansOf, type PageText } from './page-text';
import type { Ranking } from './rank';

/** Name of the file, in the Pagefind bundle folder, holding the reporting section's site path. */
export const reportingFile = 'reporting.txt';

/**
 * Whether the page is served at the site path `path` ("/reporting-a-bug/", or "/" for the
 * overview) under the site's base path `basePath` ("/keras/"), however Pagefind joined the two.
 */
export function isAt(page: PageText, path: string, basePath = '/'): boolean {
  const served = new URL(page.url, 'https://site.invalid/').pathname;
  const at = served.indexOf(basePath);
  return path !== '' && at >= 0 && served.slice(at + basePath.length - 1) === path;
}

/**
 * The ranking with the reporting section's page first (`path`: its site path), led by its own
 * top. `page` is that page, for when the ranking lacks it (its text has neither "report" nor
 * "vulnerability": "By e-mail" under a part called "Reporting"). As it was when there is none.
 */
export function leadingWithReporting(
  ranking: Ranking,
  path: string,
  page?: PageText,
  basePath = '/',
): Ranking {
  const index = ranking.pages.findIndex((ranked) => isAt(ranked.page, path, basePath));
  if (index >= 0) {
    const top = ranking.pages[index]!.spans.findIndex((ranked) => ranked.span.id === '');
    return ledByRanked(ranking, index, Math.max(0, top));
  }
  if (!page || !isAt(page, path, basePath)) return ranking;
  const [top] = spansOf(page);
  return top ? ledByUnranked(ranking, page, top) : ranking;
}
