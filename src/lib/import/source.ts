// Reading the SECURITY.md to import, from a path or an https address, as UTF-8 text or a clear
// no: every refusal and failure is a SourceError whose message names the source and what to do.
import { request, type RequestOptions } from 'node:https';
import type { IncomingMessage } from 'node:http';
import {
  decodeSource,
  emptyMessage,
  frontMatterMessage,
  defaultMaxBytes,
  htmlPageMessage,
  isHtmlDocument,
  networkFailure,
  nextRedirect,
  tooLarge,
} from './source-text';
import { SourceError } from './source-error';
import { readFileSource } from './source-file';

export { SourceError } from './source-error';
export { fileFailure } from './source-file';

export interface SourceOptions {
  /** The most bytes read (default 2 MiB); the benchmark raises it to time larger files. */
  maxBytes?: number;
  /** How long the server may stay silent, before its headers or within the body (default 20 s). */
  idleMs?: number;
  /** How long the whole download may take (default 60 s): a server trickling bytes ends too. */
  totalMs?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Extra TLS options (tests: their own CA, a failing DNS lookup). */
  tls?: Pick<RequestOptions, 'ca' | 'lookup'>;
}

const isUrl = (from: string) => /^[a-z][a-z0-9+.-]*:/i.test(from);

/** A GitHub page of a file (…/blob/main/SECURITY.md) is read from its raw text. */
export function rawUrl(url: URL): URL {
  const blob = /^\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(url.pathname);
  return url.hostname === 'github.com' && blob
    ? new URL(`https://raw.githubusercontent.com/${blob[1]}/${blob[2]}/${blob[3]}`)
    : url;
}

/** The SECURITY.md at `from` (a path or an https:// address) as text. */
export async function readPolicySource(from: string, options: SourceOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (!isUrl(from)) return readFileSource(from, maxBytes);
  let url: URL;
  try {
    url = new URL(from);
  } catch {
    throw new SourceError(`${from}: not an address; name a file's path or an https:// address`);
  }
  if (url.protocol !== 'https:')
    throw new SourceError(
      `${from}: only https:// addresses are read; download the file and name its path instead`,
    );
  const { bytes, contentType, finalUrl } = await download(rawUrl(url), from, { ...options, maxBytes });
  const decoded = decodeSource(bytes, from);
  if ('error' in decoded) throw new SourceError(decoded.error);
  if (isHtmlDocument(decoded.text, contentType)) throw new SourceError(htmlPageMessage(from, finalUrl));
  const refused = emptyMessage(from, decoded.text) ?? frontMatterMessage(from, decoded.text);
  if (refused) throw new SourceError(refused);
  return decoded.text;
}

interface Downloaded {
  bytes: Uint8Array;
  contentType: string;
  finalUrl: URL;
}

/** The body at `start`, following https redirects by hand (so none can lead to http), read with a cap. */
async function download(
  start: URL,
  from: string,
  options: SourceOptions & { maxBytes: number },
): Promise<Downloaded> {
  const chain = [start];
  for (;;) {
    const url = chain.at(-1)!;
    const response = await get(url, options);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      response.resume();
      const next = nextRedirect(chain, response.headers.location, status, options.maxRedirects ?? 5);
      if ('error' in next) throw new SourceError(next.error);
      chain.push(next.url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new SourceError(
        `${from}: the server answered ${status} ${response.statusMessage ?? ''}`.trimEnd() +
          (url.href !== from ? ` (at ${url.href})` : ''),
      );
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      response.destroy();
      throw new SourceError(tooLarge(from, options.maxBytes));
    }
    const bytes = await readBody(response, url, from, options);
    return { bytes, contentType: response.headers['content-type'] ?? '', finalUrl: url };
  }
}

/** One GET, resolved at its headers; silence longer than the idle time is a named timeout. */
function get(url: URL, options: SourceOptions): Promise<IncomingMessage> {
  const idleMs = options.idleMs ?? 20_000;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers: { accept: 'text/markdown, text/plain;q=0.9, */*;q=0.1', 'user-agent': 'policy-site-import' },
      ...options.tls,
    });
    req.setTimeout(idleMs, () => {
      req.destroy(
        new SourceError(
          `${url.href}: no answer within ${idleMs / 1000} s (the server accepted the connection but sent nothing); try again later, or download the file and name its path`,
        ),
      );
    });
    req.on('response', (response) => {
      // From here the body's own timers watch the server.
      req.setTimeout(0);
      resolve(response);
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error instanceof SourceError
          ? error
          : new SourceError(networkFailure(url, error.code, error.message)),
      ),
    );
    req.end();
  });
}

/** The body, chunk by chunk, stopped past the cap, after an idle gap or past the total time. */
function readBody(
  response: IncomingMessage,
  url: URL,
  from: string,
  options: SourceOptions & { maxBytes: number },
): Promise<Uint8Array> {
  const idleMs = options.idleMs ?? 20_000;
  const totalMs = options.totalMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let idle: NodeJS.Timeout;
    let settled = false;
    // The first reason stands: destroying the response makes it report a reset of its own.
    const stop = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      clearTimeout(total);
      reject(new SourceError(message));
      response.destroy();
    };
    const stalled = () =>
      stop(
        `${url.href}: the server stopped sending after ${length} bytes of the file (nothing for ${idleMs / 1000} s); try again later, or download the file and name its path`,
      );
    const total = setTimeout(
      () =>
        stop(
          `${url.href}: the file took longer than ${totalMs / 1000} s to arrive (${length} bytes so far); try again later, or download the file and name its path`,
        ),
      totalMs,
    );
    idle = setTimeout(stalled, idleMs);
    response.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > options.maxBytes) return stop(tooLarge(from, options.maxBytes));
      chunks.push(chunk);
      idle.refresh();
    });
    response.on('end', () => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      clearTimeout(total);
      resolve(Buffer.concat(chunks));
    });
    response.on('error', (error: NodeJS.ErrnoException) =>
      stop(networkFailure(url, error.code, error.message)),
    );
    response.on('aborted', () => stop(networkFailure(url, 'ECONNRESET', 'the connection closed mid-file')));
  });
}
