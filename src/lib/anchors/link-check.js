// @ts-check
// Finds the links into this site in Markdown files and checks each against `anchors.json`.
// Plain JavaScript with types in comments, for the `check-links` command.
import { readFile } from 'node:fs/promises';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { resolveLink, sitePathOf } from './index.js';

/** @typedef {import('./index.js').AnchorIndex} AnchorIndex */
/** @typedef {{ file: string; line: number; url: string; reason: string }} BrokenLink */

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Every link target in a Markdown document with its line: inline and reference links, bare URLs
 * (GitHub turns them into links) and `href`s in raw HTML.
 * @param {string} markdown
 * @returns {{ url: string; line: number }[]}
 */
export function linksIn(markdown) {
  /** @type {{ url: string; line: number }[]} */
  const links = [];
  const tree = parser.runSync(parser.parse(markdown));
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (
      (node.type === 'link' || node.type === 'definition') &&
      'url' in node &&
      typeof node.url === 'string'
    ) {
      // A raw > ends an address (a browser would send %3E): GFM's bare-URL links run on past it
      // in unquoted HTML such as <a href=https://…/>text.
      links.push({ url: node.url.replace(/>[\s\S]*$/, ''), line });
    }
    if (node.type === 'html' && 'value' in node && typeof node.value === 'string') {
      // Quoted or not: <a href="…">, <a href='…'>, <a href=…>.
      for (const match of node.value.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`=]+))/gi))
        links.push({ url: match[1] ?? match[2] ?? match[3] ?? '', line });
    }
  });
  return links;
}

/** Larger files are scanned for URLs in one pass rather than parsed: the Markdown parser's time grows faster than the text. */
export const parseLimit = 1024 * 1024;

/**
 * Every URL in a text too large to parse, with its line, in one pass: addresses written out
 * (`https://…`, `//host/…`) in links, bare or in `href`s.
 * @param {string} text
 * @returns {{ url: string; line: number }[]}
 */
export function urlsIn(text) {
  /** @type {{ url: string; line: number }[]} */
  const links = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(/(?:https?:)?\/\/[^\s<>()[\]"'`]+/gi)) {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1))
      line++;
    counted = match.index;
    links.push({ url: match[0].replace(/[.,;:!?*_~]+$/, ''), line });
  }
  return links;
}

/**
 * The links into the site of `index` found in `files`, and those among them that do not resolve.
 * Links to other sites are not checked.
 * @param {AnchorIndex} index
 * @param {{ file: string; source: string }[]} files
 * @returns {{ checked: number; broken: BrokenLink[] }}
 */
export function checkLinks(index, files) {
  let checked = 0;
  /** @type {BrokenLink[]} */
  const broken = [];
  for (const { file, source } of files) {
    for (const { url, line } of source.length > parseLimit ? urlsIn(source) : linksIn(source)) {
      const target = sitePathOf(index.site, url);
      if (!target) continue;
      checked++;
      const resolution = resolveLink(index, target.path, target.fragment);
      if ('reason' in resolution) broken.push({ file, line, url, reason: resolution.reason });
    }
  }
  return { checked, broken };
}

/**
 * `anchors.json` from a path or an http(s) URL, waiting at most `timeoutSeconds` for a server;
 * throws with one line saying what went wrong.
 * @param {string} location
 * @param {number} [timeoutSeconds]
 * @returns {Promise<AnchorIndex>}
 */
export async function loadAnchorIndex(location, timeoutSeconds = 30) {
  let text;
  try {
    if (/^https?:\/\//.test(location)) {
      const response = await fetch(location, { signal: AbortSignal.timeout(timeoutSeconds * 1000) }).catch(
        (error) => {
          throw error?.name === 'TimeoutError'
            ? new Error(`no answer in ${timeoutSeconds} s; give it longer with --timeout SECONDS`)
            : error;
        },
      );
      if (!response.ok) throw new Error(`answered ${response.status}`);
      text = await response.text();
    } else text = await readFile(location, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${location} (${/** @type {Error} */ (error).message}): build the site (npm run build) or pass --anchors with the published anchors.json`,
    );
  }
  let index;
  try {
    index = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${location} is not JSON (${/** @type {Error} */ (error).message}): pass the site's anchors.json`,
    );
  }
  const problem = anchorIndexProblem(index);
  if (problem) throw new Error(`${location} is not an anchors.json: ${problem}`);
  return index;
}

/**
 * What keeps `value` from being an anchors.json check-links can read, or undefined.
 * @param {any} value
 * @returns {string | undefined}
 */
export function anchorIndexProblem(value) {
  if (typeof value?.site !== 'string') return 'it has no "site"';
  try {
    if (!/^https?:$/.test(new URL(value.site).protocol)) return `"site" is not an http(s) URL: ${value.site}`;
  } catch {
    return `"site" is not a URL: ${value.site}`;
  }
  if (!Array.isArray(value.pages)) return 'it has no "pages"';
  for (const page of value.pages) {
    const where = `page ${JSON.stringify(page?.path)}`;
    if (typeof page?.path !== 'string' || typeof page?.url !== 'string')
      return `${where} has no "path" or "url"`;
    if (!Array.isArray(page.aliases)) return `${where} has no "aliases" list`;
    if (!Array.isArray(page.anchors)) return `${where} has no "anchors" list`;
    for (const anchor of page.anchors)
      if (
        typeof anchor?.id !== 'string' ||
        typeof anchor?.url !== 'string' ||
        !Array.isArray(anchor?.aliases)
      )
        return `${where} has an anchor without "id", "url" and "aliases"`;
  }
  if (
    value.files !== undefined &&
    !(Array.isArray(value.files) && value.files.every((/** @type {unknown} */ f) => typeof f === 'string'))
  )
    return '"files" is not a list of paths';
  return undefined;
}
