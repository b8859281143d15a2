// @ts-check
// The anchor contract: the shape of `anchors.json` and how a link resolves against it. Plain
// JavaScript with types in comments, importing nothing, so the `check-links` command runs it
// anywhere Node runs, installed or not.

/**
 * A heading readers can link to.
 * @typedef {object} AnchorEntry
 * @property {string} id
 * @property {string} title
 * @property {string} url Where the heading is: on this page, or (the overview forwards SECURITY.md ids) elsewhere.
 * @property {string[]} aliases Former ids that still lead here.
 */

/**
 * A page readers can link to.
 * @typedef {object} PageEntry
 * @property {string} path Site path, without the base ("/multi-tenant/").
 * @property {string} url
 * @property {string} title
 * @property {string[]} aliases Former site paths that still lead here.
 * @property {AnchorEntry[]} anchors
 */

/**
 * `anchors.json`: every page and heading of the site with its absolute URL.
 * @typedef {object} AnchorIndex
 * @property {string} site The site's URL with its base path, ending in "/".
 * @property {PageEntry[]} pages
 * @property {string[]} [files] Every other address the site publishes (advisories, changes, feeds,
 *   SECURITY.md…), as site paths: links to them resolve, though they list no headings.
 */

/** @typedef {{ url: string } | { reason: string }} Resolution */

/**
 * A site path in the one form pages are listed by: leading and trailing slash.
 * @param {string} path
 */
export function normalizePath(path) {
  const trimmed = path.replace(/\/index\.html$/, '/').replace(/^\/*/, '/');
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/**
 * Where a link to `path#fragment` lands, as the site itself resolves it: the page or one of its
 * former paths; then the id, matched case-insensitively, or one of its former ids.
 * @param {AnchorIndex} index
 * @param {string} path
 * @param {string} fragment
 * @returns {Resolution}
 */
export function resolveLink(index, path, fragment) {
  const wanted = normalizePath(decodePath(path));
  const page =
    index.pages.find((p) => p.path === wanted) ?? index.pages.find((p) => p.aliases.includes(wanted));
  if (!page) {
    // Pages are listed as /name/, files as /name.ext: a link may have written either.
    const file = (index.files ?? []).find((f) => f === wanted || `${f}/` === wanted);
    if (file)
      return fragment === ''
        ? { url: new URL(file.slice(1), index.site).href }
        : { reason: `no heading #${fragment} on ${file}` };
    return { reason: `no page ${wanted}` };
  }
  if (fragment === '') return { url: page.url };
  const id = fragment.toLowerCase();
  const anchor =
    page.anchors.find((a) => a.id.toLowerCase() === id) ??
    page.anchors.find((a) => a.aliases.some((alias) => alias.toLowerCase() === id));
  return anchor ? { url: anchor.url } : { reason: `no heading #${fragment} on ${page.path}` };
}

/**
 * A URL path or fragment percent-decoded, as the server and the browser read it
 * (`/%72eporting/` is `/reporting/`); as written when its encoding is broken.
 * @param {string} text
 */
export function decodePath(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A link's site path and fragment when it points into the site at `site`, else undefined.
 * @param {string} site
 * @param {string} href
 * @returns {{ path: string; fragment: string } | undefined}
 */
export function sitePathOf(site, href) {
  let url;
  try {
    // A protocol-relative link (//host/path) is read as the https one it becomes on GitHub.
    url = new URL(href.startsWith('//') ? `https:${href}` : href);
  } catch {
    return undefined;
  }
  const root = new URL(site);
  const base = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
  if (url.host.toLowerCase() !== root.host.toLowerCase()) return undefined;
  if (!`${url.pathname}/`.startsWith(base)) return undefined;
  const rest = url.pathname.slice(base.length - 1) || '/';
  return { path: normalizePath(decodePath(rest)), fragment: decodePath(url.hash.slice(1)) };
}
