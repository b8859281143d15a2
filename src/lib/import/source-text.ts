// What the import accepts as a SECURITY.md, decided from bytes and headers alone (no I/O):
// UTF-8 text, not a web page, not too large; and what each network failure means in words.

/** The most the import reads: a SECURITY.md is kilobytes, so anything near this is the wrong file. */
export const defaultMaxBytes = 2 * 1024 * 1024;

/** `2 MiB`, `512 KiB`: a limit as a person reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

export function tooLarge(name: string, maxBytes: number): string {
  return `${name}: larger than ${formatBytes(maxBytes)}, the most the import reads (a SECURITY.md is a few kilobytes): is it the right file?`;
}

const saveAsUtf8 = 'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8) and import it again';

/**
 * The text of a file's bytes, or why it is not UTF-8. A UTF-8 byte order mark is dropped (the
 * decoder does); UTF-16 is named by its mark, because its bytes would otherwise read as text full
 * of NULs; anything else that is not UTF-8 is refused at its first bad byte, never replaced with
 * U+FFFD (which would publish a policy of replacement characters).
 */
export function decodeSource(bytes: Uint8Array, name: string): { text: string } | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      error: `${name}: saved as UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian, it starts with a UTF-16 byte order mark), not UTF-8; ${saveAsUtf8}`,
    };
  // Valid UTF-8, but no text has NULs: UTF-16 without its mark (every other byte of English is 0).
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      error: `${name}:${lineAt(bytes, nul)}: a NUL byte at offset ${nul}: not a text file, or saved as UTF-16 without a byte order mark; ${saveAsUtf8}`,
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = lineAt(bytes, at);
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      error: `${name}:${line}: not UTF-8 text (byte 0x${byte} at offset ${at} is not valid UTF-8; the file is in another encoding, such as Windows-1252 or Latin-1); ${saveAsUtf8}`,
    };
  }
}

/** The line of the byte at `offset`. */
const lineAt = (bytes: Uint8Array, offset: number) =>
  new TextDecoder().decode(bytes.subarray(0, offset)).split('\n').length;

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // Overlong forms, surrogates and code points above U+10FFFF, as the decoder refuses them.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Why a decoded file is no policy to import before it is parsed, or undefined: it holds no text. */
export function emptyMessage(name: string, text: string): string | undefined {
  return text.trim() === ''
    ? `${name}: the file is empty: name the SECURITY.md that holds the policy (nothing was changed)`
    : undefined;
}

/**
 * Why a file that is only YAML front matter is not imported, or undefined. GitHub shows front
 * matter as a table above the text (and the import does too), but a file with nothing after it
 * holds no policy: published, it would be a page of `key: value` lines.
 */
export function frontMatterMessage(name: string, text: string): string | undefined {
  const block = /^---[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!block || text.slice(block[0].length).trim() !== '') return undefined;
  const lines = block[0].replace(/\r?\n$/, '').split('\n').length;
  return `${name}:1–${lines}: the file holds only front matter (YAML between --- lines) and no policy text: name the SECURITY.md that holds the policy (nothing was changed)`;
}

/**
 * A web page rather than a Markdown file: served as HTML, or starting as an HTML document does.
 * GitHub's `/security/policy` page and a saved browser page both look like this.
 */
export function isHtmlDocument(text: string, contentType = ''): boolean {
  return (
    /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType) ||
    /^\s*(<!doctype\s+html|<html[\s>])/i.test(text.replace(/^\uFEFF/, ''))
  );
}

/** The raw address to suggest for a GitHub page about a repository's policy file. */
function rawSuggestion(url: URL): string {
  const repo = /^\/([^/]+)\/([^/]+)/.exec(url.pathname);
  return url.hostname === 'github.com' && repo
    ? `https://raw.githubusercontent.com/${repo[1]}/${repo[2]}/HEAD/SECURITY.md (or …/HEAD/.github/SECURITY.md, where the repository keeps it)`
    : 'the address the page’s "Raw" link opens';
}

export function htmlPageMessage(name: string, url?: URL): string {
  return url
    ? `${name}: this is a web page about the file, not the file itself; use its raw address: ${rawSuggestion(url)}`
    : `${name}: an HTML page, not the Markdown file; save the file itself (on GitHub, open "Raw" and save that) and import it`;
}

/** Error codes Node gives a TLS certificate it cannot verify. */
const certificateCodes =
  /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_\w+|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH|ERR_SSL_\w+)$/;

const orDownload = 'or download the file and name its path';

/** A network failure of reading `url`, by Node's error code, in words and with what to do. */
export function networkFailure(url: URL, code: string | undefined, detail: string): string {
  const host = url.host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME')
    return `${url.href}: the host ${url.hostname} could not be found (DNS: ${code}); check the address, ${orDownload}`;
  if (code === 'ECONNREFUSED')
    return `${url.href}: ${host} refused the connection (nothing listens there); check the address, ${orDownload}`;
  if (code !== undefined && certificateCodes.test(code))
    return `${url.href}: ${host}'s certificate is not trusted (${code}: ${detail}); the import reads only from servers whose certificate verifies. For a server of your own, NODE_EXTRA_CA_CERTS=<its CA file> trusts it; otherwise download the file and name its path`;
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return `${url.href}: ${host} closed the connection before the file arrived (${code}); try again, ${orDownload}`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return `${url.href}: ${host} cannot be reached from here (${code}); check the network, ${orDownload}`;
  return `${url.href}: could not be fetched (${code ? `${code}: ` : ''}${detail}); ${orDownload}`;
}

/**
 * The next address of a redirect chain, or why it is refused: only https, no address twice, at
 * most `max` redirects. The chain holds every address so far, the first one first.
 */
export function nextRedirect(
  chain: readonly URL[],
  location: string | undefined,
  status: number,
  max: number,
): { url: URL } | { error: string } {
  const from = chain.at(-1)!;
  const start = chain[0]!.href;
  if (!location)
    return { error: `${start}: ${from.href} answered ${status} (a redirect) without saying where to` };
  let url: URL;
  try {
    url = new URL(location, from);
  } catch {
    return { error: `${start}: ${from.href} redirects to "${location}", which is not an address` };
  }
  const path = [...chain, url].map((u) => u.href).join(' → ');
  if (url.protocol !== 'https:')
    return {
      error: `${start}: redirected to ${url.href}, which is not https: refused, the file must come over https all the way (${path}); use an address that serves it over https`,
    };
  if (chain.some((seen) => seen.href === url.href))
    return { error: `${start}: a redirect loop (${path}); use the file's final address` };
  if (chain.length > max)
    return { error: `${start}: more than ${max} redirects (${path}); use the file's final address` };
  return { url };
}
