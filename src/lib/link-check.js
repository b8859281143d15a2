// @ts-check
// Finds the links into this site in Markdown files and checks each against `anchors.json`.
// Plain JavaScript with types in comments, for the `check-links` command.
import { readFile } from 'node:fs/promises';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { resolveLink, sitePathOf } from './anchor-index.js';

/** @typedef {import('./anchor-index.js').AnchorIndex} AnchorIndex */
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
      links.push({ url: node.url, line });
    }
    if (node.type === 'html' && 'value' in node && typeof node.value === 'string') {
      for (const match of node.value.matchAll(/href\s*=\s*["']([^"']+)["']/gi))
        links.push({ url: match[1] ?? '', line });
    }
  });
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
    for (const { url, line } of linksIn(source)) {
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
 * `anchors.json` from a path or an http(s) URL; throws with one line saying what went wrong.
 * @param {string} location
 * @returns {Promise<AnchorIndex>}
 */
export async function loadAnchorIndex(location) {
  let text;
  try {
    if (/^https?:\/\//.test(location)) {
      const response = await fetch(location);
      if (!response.ok) throw new Error(`answered ${response.status}`);
      text = await response.text();
    } else text = await readFile(location, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${location} (${/** @type {Error} */ (error).message}): build the site (npm run build) or pass --anchors with the published anchors.json`,
    );
  }
  const index = JSON.parse(text);
  if (typeof index?.site !== 'string' || !Array.isArray(index?.pages))
    throw new Error(`${location} is not an anchors.json (no "site" and "pages")`);
  return index;
}
