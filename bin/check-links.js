#!/usr/bin/env node
// @ts-check
// check-links FILE… : reports every link into the policy site, in Markdown files, whose page or
// #anchor does not exist, as `file:line: url — reason`; exits 1 if any (and only then), 2 on a
// usage or input error, with a message. Checks against the built dist/anchors.json, or the
// published one given with --anchors PATH|URL.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkLinks, loadAnchorIndex } from '../src/lib/anchors/link-check.js';

const usage =
  'usage: check-links [--anchors dist/anchors.json | --anchors https://…/anchors.json] [--timeout 30] FILE.md…';
/** Files past this size are no Markdown document anyone links from: skipped, with a message. */
const largestFile = 64 * 1024 * 1024;

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
      timeout: { type: 'string', default: '30' },
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

const timeout = Number(values.timeout);
if (!(timeout > 0)) fail(`--timeout takes a number of seconds, not "${values.timeout}"`);
const index = await loadAnchorIndex(values.anchors, timeout).catch((error) => fail(error.message));
const files = [];
for (const file of positionals) {
  const size = await stat(file).then(
    (info) => (info.isFile() ? info.size : fail(`${file} is not a file`)),
    () => fail(`cannot read ${file}`),
  );
  if (size > largestFile) {
    console.error(
      `check-links: ${file} skipped: ${(size / 1024 / 1024).toFixed(0)} MB is no Markdown document`,
    );
    continue;
  }
  const bytes = await readFile(file).catch(() => fail(`cannot read ${file}`));
  if (bytes.subarray(0, 8192).includes(0)) {
    console.error(`check-links: ${file} skipped: a binary file, not Markdown`);
    continue;
  }
  files.push({ file, source: bytes.toString('utf8') });
}
let checked = 0;
/** @type {import('../src/lib/anchors/link-check.js').BrokenLink[]} */
const broken = [];
for (const file of files) {
  // Exit 1 means broken links, and only that: anything else that goes wrong reading a file is a
  // message and exit 2, never a stack trace.
  let result;
  try {
    result = checkLinks(/** @type {import('../src/lib/anchors/index.js').AnchorIndex} */ (index), [file]);
  } catch (error) {
    fail(
      `${file.file} cannot be read as Markdown (${/** @type {Error} */ (error).message}); check-links reads Markdown documents: leave this file out`,
    );
  }
  checked += result.checked;
  broken.push(...result.broken);
  for (const { reason } of result.scanned)
    console.error(
      `check-links: ${file.file}: ${reason}, too much to parse: read for written-out URLs in one pass`,
    );
}
for (const link of broken) console.log(`${link.file}:${link.line}: ${link.url} — ${link.reason}`);
console.error(
  `check-links: ${checked} link${checked === 1 ? '' : 's'} into ${index?.site} in ${files.length} file${files.length === 1 ? '' : 's'}, ${broken.length} broken`,
);
process.exit(broken.length > 0 ? 1 : 0);
