#!/usr/bin/env node
// @ts-check
// check-links FILE… : reports every link into the policy site, in Markdown files, whose page or
// #anchor does not exist, as `file:line: url — reason`; exits 1 if any. Checks against the
// built dist/anchors.json, or the published one given with --anchors PATH|URL.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkLinks, loadAnchorIndex } from '../src/lib/link-check.js';

const usage = 'usage: check-links [--anchors dist/anchors.json | --anchors https://…/anchors.json] FILE.md…';

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`check-links: ${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      anchors: { type: 'string', default: 'dist/anchors.json' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${/** @type {Error} */ (error).message}\n${usage}`);
}
const { values, positionals } = /** @type {NonNullable<typeof parsed>} */ (parsed);
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length === 0) fail(`no files given\n${usage}`);

const index = await loadAnchorIndex(values.anchors).catch((error) => fail(error.message));
const files = await Promise.all(
  positionals.map(async (file) => ({
    file,
    source: await readFile(file, 'utf8').catch(() => fail(`cannot read ${file}`)),
  })),
);
const { checked, broken } = checkLinks(
  /** @type {import('../src/lib/anchor-index.js').AnchorIndex} */ (index),
  files,
);
for (const link of broken) console.log(`${link.file}:${link.line}: ${link.url} — ${link.reason}`);
console.error(
  `check-links: ${checked} link${checked === 1 ? '' : 's'} into ${index?.site} in ${files.length} file${files.length === 1 ? '' : 's'}, ${broken.length} broken`,
);
process.exit(broken.length > 0 ? 1 : 0);
