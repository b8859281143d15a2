/**
 * The HTTP headers a host sends with the site, written once here and rendered for each kind of
 * host: Netlify and Cloudflare Pages read `_headers` and `_redirects`; nginx includes the
 * snippets under `_nginx/`. The Content-Security-Policy comes from the build itself: the union
 * of every page's `<meta>` policy (each lists the hashes of that page's inline code), plus the
 * directives a `<meta>` cannot carry.
 */

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

type Directives = Map<string, string[]>;

const cspMetaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The policy a built page's CSP `<meta>` sets, or undefined when it has none. */
export function pageCsp(html: string): string | undefined {
  return cspMetaPattern.exec(html)?.[2]?.replaceAll('&#39;', "'");
}

/** A page's inline code: the contents of its `<script>` (those that run) and `<style>` elements. */
function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes = '']) =>
        !/\ssrc=/i.test(attributes) && !/type="application\/(ld\+)?json"/i.test(attributes),
    )
    .map((match) => match[2]!);
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
  return { scripts, styles };
}

/**
 * The page with its CSP `<meta>` allowing only the inline code it has. Astro lists the hashes of
 * its own island scripts and styles on every page, used or not; a page that has none of them
 * needs none of those hashes, and every byte of a hash is incompressible.
 */
export function pruneCspHashes(html: string, sha256: (text: string) => string): string {
  const csp = pageCsp(html);
  if (csp === undefined) return html;
  const { scripts, styles } = inlineCode(html);
  const allowed = {
    'script-src': new Set(scripts.map((code) => `'sha256-${sha256(code)}'`)),
    'style-src': new Set(styles.map((code) => `'sha256-${sha256(code)}'`)),
  };
  const policy = parseCsp(csp);
  for (const [name, keep] of Object.entries(allowed)) {
    const sources = policy.get(name);
    if (sources)
      policy.set(
        name,
        sources.filter((source) => !source.startsWith("'sha") || keep.has(source)),
      );
  }
  // The attribute is in double quotes, so the policy's single quotes stay as they are.
  const content = `${[...policy].map(([name, sources]) => [name, ...sources].join(' ')).join(';')};`;
  return html.replace(
    cspMetaPattern,
    (_, start: string, __: string, end: string) => `${start}${content}${end}`,
  );
}

/** A policy's directives in order, each with its sources, duplicates removed. */
export function parseCsp(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const known = directives.get(name.toLowerCase()) ?? [];
    directives.set(name.toLowerCase(), [...new Set([...known, ...sources])]);
  }
  return directives;
}

export function serializeCsp(directives: Directives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy for every page: each directive with every source any page's policy gives it, and
 * the header-only directives. Pages must agree on which directives they have, or a page whose
 * policy lacked one would be looser in the union than alone.
 */
export function unionCsp(policies: readonly string[]): string {
  if (policies.length === 0) throw new Error('no page has a Content-Security-Policy to send');
  const parsed = policies.map(parseCsp);
  const names = [...parsed[0]!.keys()];
  const union: Directives = new Map(names.map((name) => [name, []]));
  parsed.forEach((directives, index) => {
    const theirs = [...directives.keys()].sort().join(' ');
    if (theirs !== [...names].sort().join(' ')) {
      throw new Error(
        `page ${index + 1}'s Content-Security-Policy has directives ${theirs}, the first page's ${names.join(' ')}: every page must use the same directives`,
      );
    }
    for (const [name, sources] of directives) {
      union.set(name, [...new Set([...union.get(name)!, ...sources])]);
    }
  });
  for (const [name, sources] of headerOnlyDirectives) union.set(name, [sources]);
  return serializeCsp(union);
}

export interface Redirect {
  /** Site path, base included, with a trailing slash. */
  from: string;
  to: string;
}

export interface HostConfigInput {
  /** The site's base path, with slashes at both ends. */
  base: string;
  csp: string;
  redirects: readonly Redirect[];
}

function allHeaders(csp: string): [string, string][] {
  return [['Content-Security-Policy', csp], ...securityHeaders.map(([n, v]): [string, string] => [n, v])];
}

/** `_headers` for Netlify and Cloudflare Pages: security headers everywhere, caching by path. */
export function netlifyHeaders({ base, csp }: HostConfigInput): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (src/lib/host-config.ts): edit that file, not this one.',
    // No Cache-Control here: both hosts join the values of every rule a path matches, and they
    // already revalidate HTML by default.
    block(`${base}*`, allHeaders(csp)),
    ...immutablePaths.map((path) => block(`${base}${path}*`, [['Cache-Control', cacheControl.immutable]])),
    block(`${base}pagefind/*.pf_meta`, [['Cache-Control', cacheControl.immutable]]),
    '',
  ].join('\n\n');
}

/** `_redirects` for Netlify and Cloudflare Pages: pages that moved, forwarded permanently. */
export function netlifyRedirects({ redirects }: HostConfigInput): string {
  return [
    '# Written by the build from the sections\u2019 `redirectFrom`.',
    ...redirects.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`]),
    '',
  ].join('\n');
}

/** A header value in nginx quotes; nginx would expand `$` and has no way to escape it. */
function nginxQuote(value: string): string {
  if (/["$\\]/.test(value)) throw new Error(`header value ${value} has " $ or \\, which nginx cannot carry`);
  return `"${value}"`;
}

/**
 * The nginx locations for the whole site, to `include` inside a server block whose `root` holds
 * the build under its base (see deploy/nginx/keras-security.conf). Every header is repeated in
 * each location because nginx drops inherited `add_header`s in any block that sets its own.
 */
export function nginxSite({ base, csp, redirects }: HostConfigInput): string {
  const headers = (cache: string) =>
    [...allHeaders(csp), ['Cache-Control', cache]]
      .map(([name, value]) => `    add_header ${name} ${nginxQuote(value!)} always;`)
      .join('\n');
  const location = (match: string, body: string[], cache: string = cacheControl.revalidate) =>
    [`location ${match} {`, headers(cache), ...body.map((line) => `    ${line}`), '}'].join('\n');
  const atRoot = base === '/';
  // The base inside nginx's regular expressions: `.` and `+` (which a base may hold) mean themselves.
  const pattern = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    '# Written by the build (src/lib/host-config.ts): edit that file, not this one.',
    '# Include it in a server block whose `root` holds the built site under ' + base,
    'charset utf-8;',
    'charset_types text/plain text/markdown text/css text/xml application/javascript application/json application/xml application/atom+xml image/svg+xml;',
    'absolute_redirect off;',
    'server_tokens off;',
    'gzip on;',
    'gzip_types text/plain text/css text/xml application/javascript application/json application/xml application/atom+xml image/svg+xml application/wasm application/octet-stream;',
    `error_page 404 ${base}404.html;`,
    '',
    location(`${base}`, ['try_files $uri $uri/ =404;']),
    ...immutablePaths.map((path) => location(`^~ ${base}${path}`, [], cacheControl.immutable)),
    location(`~ ^${pattern}pagefind/[^/]+\\.pf_meta$`, [], cacheControl.immutable),
    // mime.types knows no Markdown, and calls every .xml text/xml; the feeds are Atom.
    location(`~ ^${pattern}.*\\.md$`, ['types { }', 'default_type text/markdown;']),
    // mime.types calls every .xml text/xml; the feeds are Atom.
    location(`~ ^${pattern}.*/feed\\.xml$`, ['types { }', 'default_type application/atom+xml;']),
    // Files for other hosts, not pages.
    location(`~ ^${pattern}(_headers|_redirects|_nginx/)`, ['return 404;']),
    ...(atRoot
      ? []
      : [
          location('= /', [`return 302 ${base};`]),
          // RFC 9116 looks for security.txt at the domain root.
          location('= /.well-known/security.txt', [`try_files ${base}.well-known/security.txt =404;`]),
        ]),
    ...redirects.flatMap(({ from, to }) =>
      [from, from.slice(0, -1), `${from}index.html`].map((path) =>
        location(`= ${path}`, [`return 301 ${to};`]),
      ),
    ),
    '',
  ].join('\n');
}
