/**
 * The id a URL fragment names: `#model-sharing` → `model-sharing`, percent-decoded. A fragment
 * whose percent-encoding is broken (`#%E0%A4%A`) names the id as written, rather than throwing.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Where a fragment-map entry may send the reader: a fragment of this page, or a page of this
 * site (same origin), never anywhere else. Returns the URL to go to, or undefined to stay.
 * The map is the site's own data, but a page must not be usable as an open redirect should
 * anything ever put another entry there.
 */
export function siteTarget(
  target: unknown,
  here: string,
): { fragment: string } | { url: string } | undefined {
  if (typeof target !== 'string' || target === '') return undefined;
  if (target.startsWith('#')) return target.length > 1 ? { fragment: target } : undefined;
  let url: URL;
  try {
    url = new URL(target, here);
  } catch {
    return undefined;
  }
  return url.origin === new URL(here).origin && /^https?:$/.test(url.protocol)
    ? { url: url.href }
    : undefined;
}
