import { allHeaders, cacheControl, immutablePaths, type HostConfigInput } from './headers';

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
    '# Written by the build (src/lib/host-config/): edit those files, not this one.',
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
