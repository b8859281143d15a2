/** Strings and ids shared by more than one file: each is written once, here. */

/** Id of the main landmark, the skip link's target. */
export const mainId = 'main';

/**
 * Ids the page's own elements carry (landmark, contents title, fragment map, search dialog).
 * Content may not take them: a heading that slugs to one gets the next free id (`main-1`), as a
 * second heading of that text would, and an `id=` in the content is refused. Otherwise a policy
 * could move the skip link's target or feed the page's scripts data of its own.
 */
export const pageIds = {
  main: mainId,
  tocTitle: 'toc-title',
  fragmentMap: 'fragment-map',
  searchDialog: 'search-dialog',
  searchInput: 'search-input',
  searchStatus: 'search-status',
  searchResults: 'search-results',
} as const;

/** Ids of the advisory page's own sections, after the advisory's text: its headings may not take them either. */
export const advisoryPageIds = { credits: 'credits', references: 'references' } as const;

/** What each of `pageIds` is, for the messages that refuse content taking one. */
export const pageIdRoles: Record<string, string> = {
  [pageIds.main]: 'the main landmark (the skip link’s target)',
  [pageIds.tocTitle]: 'the “On this page” title',
  [pageIds.fragmentMap]: 'the map of former ids that the page’s script reads',
  [pageIds.searchDialog]: 'the search dialog',
  [pageIds.searchInput]: 'the search field',
  [pageIds.searchStatus]: 'the search status line',
  [pageIds.searchResults]: 'the search results list',
};

/** Components section bodies may use without importing them (see src/components/mdx.ts). */
export const mdxComponentNames = ['ReportingChannels'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

/** The class that hides text from sight but not from screen readers (src/styles/base.css), as GitHub names it. */
export const srOnly = 'sr-only';

/** The screen-reader label of a heading's anchor link. */
export function anchorLabel(headingText: string): string {
  return `Section titled “${headingText}”`;
}

/** Shown when the repository has no published advisories, as GitHub words it. */
export const noAdvisoriesText = 'There aren’t any published security advisories';

/** Query parameter that carries the searched words to the result page, to highlight them there. */
export const searchHighlightParam = 'highlight';

/** Query parameter that opens search pre-filled, so a search can be shared as a link. */
export const searchQueryParam = 'q';

/** The search dialog's words, the same in its markup and in its script. */
export const searchDialogLabel = 'Search the policy';
