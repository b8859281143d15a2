// The source's import graph, by file, for the import-direction test: which module imports which,
// read from the import and export statements (type-only imports left out: they carry no data).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportEdge {
  /** Importing file, relative to the project root. */
  from: string;
  /** Imported file, relative to the project root; for a package or virtual module, its name. */
  to: string;
  /** 1-based line of the import. */
  line: number;
}

const sourceFile = /\.(ts|js|mjs|astro)$/;
const statement =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(root: string, from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const path = resolve(dirname(join(root, from)), specifier.replace(/\?.*$/, ''));
  for (const candidate of [
    path,
    `${path}.ts`,
    `${path}.js`,
    `${path}.mjs`,
    join(path, 'index.ts'),
    join(path, 'index.js'),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  return relative(root, path);
}

/** Every import of every source file under `dirs` (relative to `root`), plus `files`. */
export function importGraph(
  root: string,
  dirs: readonly string[],
  files: readonly string[] = [],
): ImportEdge[] {
  const all = [
    ...dirs.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => sourceFile.test(name))
        .map((name) => join(dir, name)),
    ),
    ...files,
  ];
  const edges: ImportEdge[] = [];
  for (const from of all) {
    const text = readFileSync(join(root, from), 'utf8');
    for (const match of text.matchAll(statement)) {
      if (match[1]) continue;
      const specifier = match[2] ?? match[3]!;
      const line = text.slice(0, match.index).split('\n').length + (match[0].startsWith('\n') ? 1 : 0);
      edges.push({ from, to: resolveImport(root, from, specifier), line });
    }
  }
  return edges;
}

/** The strongly connected components of more than one node (Tarjan): each a cycle. */
export function cycles(nodes: Iterable<string>, next: (node: string) => Iterable<string>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}
