// The sections' parsed trees, kept between builds in Astro's cache folder, by a hash of each
// file's text. Parsing is most of the policy model's time (about 2 s for 1,000 sections);
// reading a tree back is some forty times faster. The store is made again whenever the parser
// may have changed: its packages (package-lock.json) or the project's own parsing code.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'mdast';
import { parseTree, type TreeSource } from '../lib/content-check/parse';

/** What the trees depend on besides the text: the parser's packages and the project's code that drives them. */
const parserFiles = ['package-lock.json', 'src/lib/content-check/parse.ts', 'src/lib/markdown/pieces.ts'];

/** The parser's identity: a hash of `parserFiles` (a missing file counts by its name). */
export function parserIdentity(root: string): string {
  const hash = createHash('sha256');
  for (const file of parserFiles) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      // Not there (a checkout without a lock file): the name alone.
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

interface Stored {
  identity: string;
  trees: Map<string, Uint8Array>;
}

const textHash = (source: string) => createHash('sha256').update(source).digest('hex');

/**
 * A store of trees in `file`, for a parser of `identity`: `treeOf` gives a file's tree from the
 * store, or parses it (a syntax error is thrown as the parse throws it, and nothing is kept);
 * `save` writes the trees this build used, and only those, when any was new.
 */
export function treeStore(file: string, identity: string) {
  let stored = new Map<string, Uint8Array>();
  try {
    const read = deserialize(readFileSync(file)) as Stored;
    if (read.identity === identity && read.trees instanceof Map) stored = read.trees;
  } catch {
    // No store yet, or one this parser cannot read: every tree is parsed.
  }
  const used = new Map<string, Uint8Array>();
  const counts = { kept: 0, parsed: 0 };
  const treeOf: TreeSource = (source) => {
    const key = textHash(source);
    const kept = stored.get(key) ?? used.get(key);
    if (kept) {
      counts.kept++;
      used.set(key, kept);
      return deserialize(kept) as Root;
    }
    const tree = parseTree(source);
    // Serialised now, before any step of the build can change the tree.
    used.set(key, serialize(tree));
    counts.parsed++;
    return tree;
  };
  return {
    treeOf,
    counts,
    save() {
      if (counts.parsed === 0 && used.size === stored.size) return;
      // Written aside and renamed, so a build running beside this one never reads half a file.
      mkdirSync(dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, serialize({ identity, trees: used } satisfies Stored));
      renameSync(partial, file);
    },
  };
}
