// Data flows one way: content/ → schema → src/lib → integrations and pages → layouts →
// components (mayImport below says what that allows); the folders of src/lib form no cycle; and
// a component or layout never reads content (it is handed what it shows).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, type ImportEdge } from '../helpers/import-graph';

const root = join(import.meta.dirname, '../..');
const edges = importGraph(root, ['src'], ['astro.config.mjs']);

/** The layer of a source file: its place in the flow of data. */
function layerOf(file: string): Layer | undefined {
  // The settings (src/config.ts) stand with the schemas: defaults of the content come from them.
  if (/^src\/(data|schemas|types)\//.test(file) || file === 'src/config.ts') return 'schema';
  if (/^src\/(lib|markdown|scripts)\//.test(file)) return 'lib';
  if (file.startsWith('src/integrations/') || file === 'astro.config.mjs' || file === 'src/content.config.ts')
    return 'integrations';
  if (file.startsWith('src/pages/')) return 'pages';
  if (file.startsWith('src/layouts/')) return 'layouts';
  if (file.startsWith('src/components/')) return 'components';
  return undefined;
}

type Layer = 'schema' | 'lib' | 'integrations' | 'pages' | 'layouts' | 'components';

/**
 * What each layer may import. Data comes from the layers before: schema, then src/lib (with the
 * settings, src/config.ts, and the Markdown plugins). Integrations and pages, the build's two
 * entry points, take it from there and never from each other; a page renders in a layout, a
 * layout renders components, and neither of those imports back up.
 */
const mayImport: Record<Layer, readonly Layer[]> = {
  schema: ['schema'],
  lib: ['schema', 'lib'],
  integrations: ['schema', 'lib', 'integrations'],
  pages: ['schema', 'lib', 'pages', 'layouts', 'components'],
  layouts: ['schema', 'lib', 'layouts', 'components'],
  components: ['schema', 'lib', 'components'],
};

/** The node of a src/lib module in the folder graph: its folder, or the file at the top of src/lib. */
function libNode(file: string): string | undefined {
  const lib = /^src\/lib\/([^/]+)(\/)?/.exec(file);
  if (lib) return `src/lib/${lib[1]}`;
  if (file.startsWith('src/markdown/')) return 'src/markdown';
  return undefined;
}

/**
 * Cycles between lib folders that are known and waiting to be broken: none. A cycle listed here
 * must exist, so the list cannot outlive what it excuses.
 */
const knownCycles: string[][] = [];

/** Modules that read content: a component or layout is handed what it shows instead. */
const readsContent =
  /^(astro:content|node:fs|fs|src\/lib\/policy-content\.ts|src\/lib\/policy-model\/(files|read)\.ts)$/;

const where = (edge: ImportEdge) => `${edge.from}:${edge.line} imports ${edge.to}`;

describe('import direction', () => {
  it('reads the graph (a parser that found nothing would pass everything)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(
      edges.some((e) => e.from === 'src/layouts/BaseLayout.astro' && e.to === 'src/components/Header.astro'),
    ).toBe(true);
  });

  it('no module imports one of a later layer, and integrations and pages do not import each other', () => {
    const against = edges.filter((edge) => {
      const from = layerOf(edge.from);
      const to = layerOf(edge.to);
      return from !== undefined && to !== undefined && !mayImport[from].includes(to);
    });
    expect(against.map(where)).toEqual([]);
  });

  it('the folders of src/lib form no cycle', () => {
    const next = new Map<string, Set<string>>();
    for (const edge of edges) {
      const from = libNode(edge.from);
      const to = libNode(edge.to);
      if (from && to && from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
    }
    const found = cycles(next.keys(), (node) => next.get(node) ?? []);
    const explain = (cycle: string[]) =>
      `${cycle.join(' ⇄ ')}: ${edges
        .filter(
          (e) =>
            cycle.includes(libNode(e.from) ?? '') &&
            cycle.includes(libNode(e.to) ?? '') &&
            libNode(e.from) !== libNode(e.to),
        )
        .map(where)
        .join('; ')}`;
    expect(
      found.filter((cycle) => !knownCycles.some((known) => known.join() === cycle.join())).map(explain),
    ).toEqual([]);
    for (const known of knownCycles)
      expect(
        found.map((cycle) => cycle.join()),
        'a known cycle is gone: take it off knownCycles',
      ).toContain(known.join());
  });

  it('no component or layout reads content', () => {
    const reading = edges.filter(
      (edge) => /^src\/(components|layouts)\//.test(edge.from) && readsContent.test(edge.to),
    );
    expect(reading.map(where)).toEqual([]);
  });
});
