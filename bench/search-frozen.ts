// `npm run bench:search-frozen`: search as readers meet it, on query sets this code was never
// tuned on (tests/fixtures/search-frozen/, written from the policy texts by a session that had
// not read the search code). For the Keras policy and each real SECURITY.md there, imported with
// no search terms: where "/", the query, ↓ and Enter land, hit@1 per kind of query, and each miss.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ratesOf, scoreSet, type Anchors, type ScoredQuery } from '../tests/e2e/helpers/frozen.ts';
import { dialog, landing } from '../tests/e2e/helpers/search.ts';
import { launch, scratch, serve } from './harness.ts';
import { buildFor, setsOf } from './search-sets.ts';

/** Queries of each set also typed as a reader does, ↓ Enter in a fresh page, against the first result. */
const readerChecks = 3;
// `-- --held-out` (or `--held-out-2`, `--held-out-3`, …): a held-out set (tests/fixtures/search-heldout*/),
// each written by a session that never saw the code, to check the search was not fitted to the frozen ones.
const heldOut = process.argv.find((arg) => /^--held-out(-\d+)?$/.test(arg))?.slice(2);
const folder = heldOut ?? 'frozen';
const sets = setsOf(
  folder,
  process.argv.slice(2).filter((arg) => !arg.startsWith('--')),
);

const browser = await launch();
const report: Record<string, unknown> = {};
let port = 4360;
let failedBudget = false;
try {
  for (const set of sets) {
    const { dist, base } = buildFor(folder, set);
    const anchors = JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8')) as Anchors;
    const server = await serve(dist, base, port++);
    let rows: ScoredQuery[];
    try {
      // Every query typed into one open dialog (its first result is where ↓ Enter goes), and
      // the first few also as a reader does it, in a fresh page, to confirm the two agree.
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.keyboard.press('/');
      await dialog(page).getByRole('searchbox').waitFor();
      rows = await scoreSet(page, set, anchors, base);
      await page.close();
      for (const row of rows.slice(0, readerChecks)) {
        const context = await browser.newContext();
        const fresh = await context.newPage();
        await fresh.goto(server.url);
        const asReader = await landing(fresh, server.url, row.query).catch(() => '(no result)');
        await context.close();
        if (asReader !== row.landed)
          throw new Error(`"${row.query}": ↓ Enter landed on ${asReader}, the first result is ${row.landed}`);
      }
    } finally {
      server.stop();
    }
    const rates = ratesOf(rows);
    console.log(
      `\n${set.policy}: hit@1 ${rows.filter((r) => r.hit).length}/${rows.length} (${(rates.all * 100).toFixed(0)}%)`,
    );
    for (const [kind, rate] of Object.entries(rates.byKind)) {
      const ofKind = rows.filter((r) => r.kind === kind);
      console.log(
        `  ${kind.padEnd(11)} ${ofKind.filter((r) => r.hit).length}/${ofKind.length} (${(rate * 100).toFixed(0)}%)`,
      );
    }
    for (const miss of rows.filter((r) => !r.hit))
      console.log(`  miss [${miss.kind}] "${miss.query}" → ${miss.landed}, wanted ${miss.want.join(' or ')}`);
    if (rates.all < 0.9) failedBudget = true;
    report[set.policy] = { hitAt1: rates.all, byKind: rates.byKind, rows };
  }
} finally {
  await browser.close();
}
mkdirSync(scratch, { recursive: true });
const reportFile = join(scratch, `search-${heldOut ?? 'frozen'}.json`);
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nJSON: ${reportFile} (budget: hit@1 ≥ 90 % on each set)`);
if (failedBudget) process.exitCode = 1;
