/** Strings and ids shared by more than one file: each is written once, here. */

/** Id of the main landmark, the skip link's target. */
export const mainId = 'main';

/** Components section bodies may use without importing them (see src/components/mdx.ts). */
export const mdxComponentNames = ['ReportingChannels'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

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

/** The search dialog's stylesheet, in public/: loaded with the dialog, never before. */
export const searchStylesFile = 'search-dialog.css';
