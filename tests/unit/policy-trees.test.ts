import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTree } from '../../src/lib/content-check/parse';
import { parserIdentity, treeStore } from '../../src/integrations/policy-trees';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-trees-'));
  folders.push(dir);
  return dir;
};

const sources = [
  '---\ntitle: A\n---\n\n## One\n\nText with a [link](/b/#two) and <ReportingChannels />.\n',
  '---\ntitle: B\n---\n\n## Two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n{/* a comment */}\n',
];

describe('the store of parsed trees', () => {
  it('gives the trees a parse gives, parsing only what an earlier build did not', () => {
    const file = join(folder(), 'trees.v8');
    const first = treeStore(file, 'parser 1');
    expect(sources.map(first.treeOf)).toEqual(sources.map(parseTree));
    expect(first.counts).toEqual({ kept: 0, parsed: 2 });
    first.save();

    const second = treeStore(file, 'parser 1');
    expect(sources.map(second.treeOf)).toEqual(sources.map(parseTree));
    expect(second.counts).toEqual({ kept: 2, parsed: 0 });

    // Another parser (its packages or code changed): every tree is parsed again.
    const other = treeStore(file, 'parser 2');
    other.treeOf(sources[0]!);
    expect(other.counts).toEqual({ kept: 0, parsed: 1 });
  });

  it('gives each reader a tree of its own, as the parse was before any step changed it', () => {
    const store = treeStore(join(folder(), 'trees.v8'), 'parser');
    const tree = store.treeOf(sources[0]!);
    tree.children = [];
    expect(store.treeOf(sources[0]!)).toEqual(parseTree(sources[0]!));
  });

  it('keeps only the trees the last build used', () => {
    const file = join(folder(), 'trees.v8');
    const first = treeStore(file, 'parser');
    sources.forEach(first.treeOf);
    first.save();
    const second = treeStore(file, 'parser');
    second.treeOf(sources[1]!);
    second.save();
    const third = treeStore(file, 'parser');
    third.treeOf(sources[0]!);
    expect(third.counts).toEqual({ kept: 0, parsed: 1 });
  });

  it('throws a syntax error as the parse does, and keeps nothing of it', () => {
    const store = treeStore(join(folder(), 'trees.v8'), 'parser');
    const broken = '---\ntitle: A\n---\n\n<div>\n';
    expect(() => store.treeOf(broken)).toThrow();
    expect(store.counts).toEqual({ kept: 0, parsed: 0 });
  });

  it('starts afresh from a file it cannot read', () => {
    const file = join(folder(), 'trees.v8');
    writeFileSync(file, 'not a store');
    const store = treeStore(file, 'parser');
    expect(store.treeOf(sources[0]!)).toEqual(parseTree(sources[0]!));
    expect(store.counts).toEqual({ kept: 0, parsed: 1 });
  });
});

describe('parserIdentity', () => {
  it('changes when the parser’s packages or the project’s parsing code change', () => {
    const root = folder();
    const project = join(import.meta.dirname, '../..');
    for (const file of ['package-lock.json', 'src/lib/content-check/parse.ts', 'src/lib/markdown/pieces.ts'])
      cpSync(join(project, file), join(root, file));
    const before = parserIdentity(root);
    expect(parserIdentity(root)).toBe(before);
    writeFileSync(join(root, 'src/lib/markdown/pieces.ts'), '// changed\n', { flag: 'a' });
    const changed = parserIdentity(root);
    expect(changed).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(parserIdentity(root)).not.toBe(changed);
  });
});
