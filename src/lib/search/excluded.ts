/**
 * What Pagefind leaves out of a section page's text (`data-pagefind-body`): each heading's
 * anchor link, whose label ("Section titled …") would repeat the heading's words. Configured
 * once (Pagefind's `excludeSelectors`) rather than marked on every anchor of every page. The
 * navigation, contents list and part label stand outside the indexed body.
 */
export const excludedFromIndex = ['.heading > .anchor'];
