import { allHeaders, cacheControl, immutablePaths, type HostConfigInput } from './headers';

/** `_headers` for Netlify and Cloudflare Pages: security headers everywhere, caching by path. */
export function netlifyHeaders({ base, csp }: HostConfigInput): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build (src/lib/host-config/): edit those files, not this one.',
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
