// @ts-check
// Finds the links into this site in Markdown files and checks each against `anchors.json`.
// Plain JavaScript with types in comments, for the `check-links` command.
import { readFile } from 'node:fs/promises';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { resolveLink, sitePathOf } from './index.js';

/** @typedef {import('./index.js').AnchorIndex} AnchorIndex */
/** @typedef {{ file: string; line: number; url: string; reason: string }} BrokenLink */

/** GFM's tree transforms (the finder of bare URLs), run by `linksIn` on one text at a time. */
/** @type {((tree: import('mdast').Root) => unknown)[]} */
const gfmTransforms = [];

/**
 * Takes the tree transforms out of the extensions remark-gfm gives the parser, into
 * `gfmTransforms`: over a whole tree they recurse once per level of nesting.
 * @this {import('unified').Processor}
 */
function deferTreeTransforms() {
  const data = this.data();
  /** @param {any} extension @returns {any} */
  const strip = (extension) => {
    if (Array.isArray(extension)) return extension.map(strip);
    if (!extension?.transforms?.length) return extension;
    gfmTransforms.push(...extension.transforms);
    return { ...extension, transforms: [] };
  };
  data.fromMarkdownExtensions = strip(data.fromMarkdownExtensions ?? []);
}

const parser = unified().use(remarkParse).use(remarkGfm).use(deferTreeTransforms).freeze();

/** Text that GFM may turn into a link of its own (`https://…`, `www.…`): only such text is searched. */
const mayHoldBareUrl = /https?:|www\./i;

/**
 * Every link target in a Markdown document with its line: inline and reference links, bare URLs
 * (GitHub turns them into links) and `href`s in raw HTML, character references decoded as a
 * browser does (`&#35;` is `#`). The tree is walked with a stack of its own, not by recursion,
 * so text nested thousands of quotes or lists deep is read like any other.
 * @param {string} markdown
 * @returns {{ url: string; line: number }[]}
 */
export function linksIn(markdown) {
  /** @type {{ url: string; line: number }[]} */
  const links = [];
  /** @type {import('mdast').Nodes[]} */
  const stack = [parser.parse(markdown)];
  while (stack.length > 0) {
    const node = /** @type {import('mdast').Nodes} */ (stack.pop());
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'definition') {
      // A raw > ends an address (a browser would send %3E): GFM's bare-URL links run on past it
      // in unquoted HTML such as <a href=https://…/>text.
      links.push({ url: node.url.replace(/>[\s\S]*$/, ''), line });
    } else if (node.type === 'html') {
      // Quoted or not: <a href="…">, <a href='…'>, <a href=…>.
      for (const match of node.value.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`=]+))/gi))
        links.push({ url: decodeHTMLAttribute(match[1] ?? match[2] ?? match[3] ?? ''), line });
    } else if (node.type === 'text' && mayHoldBareUrl.test(node.value)) {
      // GFM finds bare URLs in each text on its own: its finder runs on this text alone, as deep
      // as it is nested, where over the whole tree it would recurse once per level.
      /** @type {import('mdast').Root} */
      const alone = { type: 'root', children: [{ type: 'paragraph', children: [{ ...node }] }] };
      for (const transform of gfmTransforms) transform(alone);
      for (const child of /** @type {import('mdast').Paragraph} */ (alone.children[0]).children)
        if (child.type === 'link') links.push({ url: child.url.replace(/>[\s\S]*$/, ''), line });
    }
    // Text inside a link is no link of its own; the others in document order.
    if ('children' in node && node.type !== 'link' && node.type !== 'linkReference')
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(/** @type {import('mdast').Nodes} */ (node.children[i]));
  }
  return links;
}

/** Larger files are scanned for URLs in one pass rather than parsed: the Markdown parser's time grows faster than the text. */
export const parseLimit = 1024 * 1024;

/**
 * Deeper nesting of quotes and lists is scanned in one pass rather than parsed: the parser's time
 * grows with the square of the depth (10,000 levels: a second; 100,000: minutes).
 */
export const nestingLimit = 10_000;

/**
 * How deeply the most nested line of `text` nests quotes and lists: its `>` and list markers,
 * and two columns of indentation a level. In one pass.
 * @param {string} text
 */
export function deepestNesting(text) {
  let deepest = 0;
  for (const match of text.matchAll(/^[ \t>*+\-\d.)]+/gm)) {
    const prefix = match[0];
    const indent = prefix.length - prefix.trimStart().length;
    const markers = prefix.match(/(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$|>)/g)?.length ?? 0;
    deepest = Math.max(deepest, markers + Math.floor(indent / 2));
  }
  return deepest;
}

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
    links.push({ url: decodeHTML(match[0]).replace(/[.,;:!?*_~]+$/, ''), line });
  }
  return links;
}

/**
 * The links into the site of `index` found in `files`, and those among them that do not resolve.
 * Links to other sites are not checked. Files too large or too deeply nested to parse in good
 * time are scanned for written-out URLs instead, and listed in `scanned`.
 * @param {AnchorIndex} index
 * @param {{ file: string; source: string }[]} files
 * @returns {{ checked: number; broken: BrokenLink[]; scanned: { file: string; reason: string }[] }}
 */
export function checkLinks(index, files) {
  let checked = 0;
  /** @type {BrokenLink[]} */
  const broken = [];
  /** @type {{ file: string; reason: string }[]} */
  const scanned = [];
  for (const { file, source } of files) {
    const depth = source.length > parseLimit ? 0 : deepestNesting(source);
    const reason =
      source.length > parseLimit
        ? `${(source.length / 1024 / 1024).toFixed(1)} MB`
        : depth > nestingLimit
          ? `quotes or lists nested ${depth} levels deep`
          : undefined;
    if (reason) scanned.push({ file, reason });
    for (const { url, line } of reason ? urlsIn(source) : linksIn(source)) {
      const target = sitePathOf(index.site, url);
      if (!target) continue;
      checked++;
      const resolution = resolveLink(index, target.path, target.fragment);
      if ('reason' in resolution) broken.push({ file, line, url, reason: resolution.reason });
    }
  }
  return { checked, broken, scanned };
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
