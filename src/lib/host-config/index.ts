/**
 * The HTTP headers a host sends with the site, written once here and rendered for each kind of
 * host: Netlify and Cloudflare Pages read `_headers` and `_redirects`; nginx includes the
 * snippets under `_nginx/`. The Content-Security-Policy comes from the build itself: the union
 * of every page's `<meta>` policy (each lists the hashes of that page's inline code), plus the
 * directives a `<meta>` cannot carry.
 */

export * from './csp';
export * from './headers';
export * from './netlify';
export * from './nginx';
