// `npm run bench:search-node`: every query set (frozen and held-out) scored in seconds, for
// tuning. It runs the site's own search engine (src/scripts/search/engine.ts, Pagefind's
// WebAssembly included) in Node against the built sites, where `bench:search-frozen` drives
// Chromium: the first result is where ↓ Enter lands, so the two report the same hits (the browser
// bench is the reference, and confirms a reader's landing). Builds what is not built yet;
// `-- --rebuild` builds again (needed after a change to what the build indexes, not to ranking);
// `-- --except=held-out-6` leaves a folder out, to keep a new set unseen while tuning.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acceptable, ratesOf, type Anchors, type ScoredQuery } from '../tests/e2e/helpers/frozen.ts';
import { buildFor, setFolders, setsOf } from './search-sets.ts';

const rebuild = process.argv.includes('--rebuild');
const verbose = process.argv.includes('--misses');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const except = process.argv.flatMap((arg) => (arg.startsWith('--except=') ? arg.slice(9).split(',') : []));

// The engine fetches the bundle's files and resolves them against the page's address: here the
// built folder, read from disk.
const fetchOriginal = globalThis.fetch;
globalThis.fetch = (async (input: string | URL | Request) => {
  const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location.href);
  if (url.protocol !== 'file:') return fetchOriginal(input);
  const file = fileURLToPath(new URL(url.pathname, url));
  return existsSync(file) ? new Response(readFileSync(file)) : new Response('', { status: 404 });
}) as typeof fetch;

// Pagefind warns of an option it reads itself (see engine.ts): once per site, in every run.
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  if (!String(args[0]).startsWith('Unknown Pagefind option noWorker')) warn(...args);
};

const { loadEngine } = await import('../src/scripts/search/engine.ts');

const builtFor = new Map<string, { dist: string; base: string }>();
let failedBudget = false;
const totals: string[] = [];
/** Hits and queries by kind (jargon, paraphrase, …) over every folder. */
const byKind = new Map<string, { hits: number; all: number }>();
for (const folder of ['frozen', ...setFolders].filter((name) => !except.includes(name))) {
  let hits = 0;
  let all = 0;
  const perPolicy: string[] = [];
  for (const set of setsOf(folder, only)) {
    let site = builtFor.get(set.policy);
    if (!site) {
      site = buildFor(folder, set, !rebuild);
      builtFor.set(set.policy, site);
    }
    const anchors = JSON.parse(readFileSync(join(site.dist, 'anchors.json'), 'utf8')) as Anchors;
    const root = pathToFileURL(`${site.dist}/`).href;
    (globalThis as { location?: unknown }).location = new URL(root);
    const engine = await loadEngine(root, Promise.resolve(undefined));
    const rows: ScoredQuery[] = [];
    for (const q of set.queries) {
      const { ranking } = await engine.search(q.query);
      const first = ranking.pages[0];
      const span = first?.spans[0]?.span;
      // Pagefind joins its base and a page's path its own way ("/file:/…/dist/reporting/"): the page is what follows the folder.
      const path = first?.page.url.slice(first.page.url.indexOf(`${site.dist}/`) + site.dist.length);
      const landed = first ? `${path}${span?.id ? `#${span.id}` : ''}` : '(no result)';
      const want = acceptable(anchors, [q.answer, ...(q.alsoAccept ?? [])]);
      if (want.size === 0) throw new Error(`${set.policy}: "${q.answer}" is no heading of the built site`);
      rows.push({ ...q, landed, hit: want.has(landed), want: [...want], status: '' });
    }
    for (const row of rows) {
      const kind = byKind.get(row.kind) ?? { hits: 0, all: 0 };
      byKind.set(row.kind, { hits: kind.hits + (row.hit ? 1 : 0), all: kind.all + 1 });
    }
    const rates = ratesOf(rows);
    const got = rows.filter((r) => r.hit).length;
    hits += got;
    all += rows.length;
    if (rates.all < 0.9) failedBudget = true;
    perPolicy.push(`${set.policy} ${got}/${rows.length}`);
    if (verbose)
      for (const miss of rows.filter((r) => !r.hit))
        console.log(
          `  ${folder} ${set.policy} miss [${miss.kind}] "${miss.query}" → ${miss.landed}, wanted ${miss.want.join(' or ')}`,
        );
  }
  totals.push(`${folder}: ${hits}/${all} (${perPolicy.join(', ')})`);
}
console.log(totals.join('\n'));
console.log(
  `by kind, every folder: ${[...byKind]
    .map(([kind, { hits, all }]) => `${kind} ${hits}/${all} (${Math.round((100 * hits) / all)} %)`)
    .join(', ')}`,
);
console.log('(budget: hit@1 ≥ 90 % on each set; `-- --misses` lists each miss)');
if (failedBudget) process.exitCode = 1;
