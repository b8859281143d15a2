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
