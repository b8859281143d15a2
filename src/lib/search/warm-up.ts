// The files of the Pagefind bundle that the first search needs, named in a small file the build
// writes, so that the page can ask for all of them at once when a reader shows they are about to
// search. Pagefind itself asks in a chain (its entry, then its WebAssembly and metadata, then an
// index chunk, then the pages' fragments), one round trip after another; that chain was most of
// the wait for results typed the instant the dialog opens.
import { wordWeightsFile } from './word-weight';

/** Name of the warm-up file in the Pagefind bundle folder. */
export const warmUpFile = 'warm-up.json';

/**
 * A policy of up to this many pages has all their text fetched while the reader starts typing
 * (src/scripts/search/engine.ts), so its index chunks and fragments are warmed up too; a larger
 * one warms up only the entry, the engine and the metadata.
 */
export const prefetchedPages = 30;

/** Pagefind's `pagefind-entry.json`, the parts read here. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** The warm-up file. */
export interface WarmUp {
  /**
   * Names this version of Pagefind's entry file. Pagefind asks for its entry with a new
   * timestamp each time, so that no cache keeps an old one; given this tag instead (its
   * `metaCacheTag` option) it asks for `pagefind-entry.json?ts=<tag>`, which can be warmed up
   * too, and is never stale: the tag changes whenever the entry does.
   */
  entryTag: string;
  /** Paths relative to the bundle folder, the entry first. */
  files: string[];
}

/** The address of Pagefind's entry file, relative to the bundle, as Pagefind asks for it given `tag`. */
export const entryFile = (tag: string) => `pagefind-entry.json?ts=${encodeURIComponent(tag)}`;

/**
 * The warm-up of a bundle, from its entry (`entryTag` names its content) and the paths of its
 * files (relative to the bundle folder, `/`-separated): the entry, then for the language with
 * the most pages the WebAssembly and metadata Pagefind loads first and, for a small policy, its
 * index chunks and fragments. Every page of this site is in the policy's language (one `lang`),
 * so that is the index Pagefind chooses; a page in another would find nothing warmed up, and
 * Pagefind would fetch its files itself. The English word weights (`weights.txt`, which every
 * ranking reads) come last, when the build wrote them.
 */
export function warmUpOf(entry: PagefindEntry, entryTag: string, bundleFiles: readonly string[]): WarmUp {
  const files = [entryFile(entryTag)];
  const [top] = Object.entries(entry.languages).sort(([, a], [, b]) => b.page_count - a.page_count);
  if (top) {
    const [language, { hash, wasm, page_count }] = top;
    files.push(`pagefind.${hash}.pf_meta`, `wasm.${wasm || 'unknown'}.pagefind`);
    const own = (folder: string, extension: string) =>
      bundleFiles
        .filter((file) => file.startsWith(`${folder}/${language}_`) && file.endsWith(extension))
        .sort();
    if (page_count <= prefetchedPages)
      files.push(...own('index', '.pf_index'), ...own('fragment', '.pf_fragment'));
  }
  if (bundleFiles.includes(wordWeightsFile)) files.push(wordWeightsFile);
  return { entryTag, files };
}
