/** The parts of a Pagefind result this module reads. */
export interface PagefindResultData {
  url: string;
  sub_results: { url: string; weighted_locations: { balanced_score: number }[] }[];
}

export interface Landing {
  /** Site path of the page ("/multi-tenant/"). */
  page: string;
  /** Id of the heading that matched best on that page, if a subsection did. */
  heading: string | undefined;
}

const score = (sub: PagefindResultData['sub_results'][number]) =>
  sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * Where a search result takes the reader: its page, and the sub-result (heading) that scored
 * highest there. The search tests and the benchmark judge a query by this.
 */
export function landingOf(result: PagefindResultData): Landing {
  const [page = result.url, fragment] = result.url.split('#');
  const best = [...result.sub_results].sort((a, b) => score(b) - score(a))[0];
  const heading = best?.url.split('#')[1] ?? fragment;
  return { page, heading: heading === '' ? undefined : heading };
}
