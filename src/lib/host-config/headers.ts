// The headers every response carries and how long it may be kept: written once here, rendered
// for each kind of host by netlify.ts and nginx.ts.

/** Headers every response carries. */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
  // Two years, as the HSTS preload list asks; subdomains are the project's to decide, not ours.
  ['Strict-Transport-Security', 'max-age=63072000'],
  ['X-Content-Type-Options', 'nosniff'],
  // Links out (to GitHub, to OSV) say which site sent the reader, never which page.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses none of these; no script it loads may either. Clipboard writes stay allowed
  // for the copy-link buttons (same-origin by default).
  [
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // For browsers without CSP frame-ancestors.
  ['X-Frame-Options', 'DENY'],
];

/** Directives that only work in a header (a `<meta>` policy ignores them). */
export const headerOnlyDirectives: readonly (readonly [name: string, sources: string])[] = [
  ['frame-ancestors', "'none'"],
];

/** How long browsers and CDNs may keep a response. */
export const cacheControl = {
  /** Files whose name carries a hash of their content: a new build gives them a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else (HTML, feeds, security.txt, the search entry points): ask each time. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** Folders, relative to the base, whose files are named by content hash. */
export const immutablePaths = ['_astro/', 'pagefind/fragment/', 'pagefind/index/'] as const;

export interface Redirect {
  /** Site path, base included, with a trailing slash. */
  from: string;
  to: string;
}

/** What every host's configuration is made from. */
export interface HostConfigInput {
  /** The site's base path, with slashes at both ends. */
  base: string;
  csp: string;
  redirects: readonly Redirect[];
}

/** Every header a page carries, its Content-Security-Policy first. */
export function allHeaders(csp: string): [string, string][] {
  return [['Content-Security-Policy', csp], ...securityHeaders.map(([n, v]): [string, string] => [n, v])];
}
