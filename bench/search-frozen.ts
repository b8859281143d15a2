// `npm run bench:search-frozen`: search as readers meet it, on query sets this code was never
// tuned on (tests/fixtures/search-frozen/, written from the policy texts by a session that had
// not read the search code). For the Keras policy and each real SECURITY.md there, imported with
// no search terms: where "/", the query, ↓ and Enter land, hit@1 per kind of query, and each miss.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  frozenDir,
  ratesOf,
  scoreSet,
  type Anchors,
  type FrozenSet,
  type ScoredQuery,
} from '../tests/e2e/helpers/frozen.ts';
import { dialog, landing } from '../tests/e2e/helpers/search.ts';
import { build, launch, root, scratch, serve } from './harness.ts';

/** Queries of each set also typed as a reader does, ↓ Enter in a fresh page, against the first result. */
const readerChecks = 3;
// `-- --held-out` (or `--held-out-2`, `--held-out-3`): the held-out sets (tests/fixtures/search-heldout*/:
// three folders), each written by a session that never saw the code, to check the search
// was not fitted to the frozen ones.
const heldOutFlag = process.argv.find((arg) => /^--held-out(-[23])?$/.test(arg));
const heldOut = heldOutFlag?.slice(2);
const setsDir = heldOut ? join(frozenDir, `../search-${heldOut.replace('held-out', 'heldout')}`) : frozenDir;
const only = process.argv.slice(2).filter((arg) => arg !== heldOutFlag);
const sets = readdirSync(setsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(setsDir, name), 'utf8')) as FrozenSet)
  .filter((set) => only.length === 0 || only.includes(set.policy));
/** A policy's SECURITY.md: beside its set, or, for a policy both folders use, in the frozen folder. */
const policyFile = (policy: string) =>
  [setsDir, frozenDir].map((dir) => join(dir, `${policy}.SECURITY.md`)).find((file) => existsSync(file))!;

/** Builds the site for a set: the Keras content as it is, another policy imported into a scratch folder. */
function buildFor(set: FrozenSet): { dist: string; base: string } {
  const dir = join(scratch, `frozen-${set.policy}`);
  const dist = join(dir, 'dist');
  if (set.policy === 'keras') {
    build(dist);
    const base = JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8')).site as string;
    return { dist, base: new URL(base).pathname };
  }
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: content, SITE_BASE: '/' };
  const imported = spawnSync(
    'node',
    ['--import', './scripts/ts-resolve.mjs', 'scripts/import.ts', policyFile(set.policy)],
    { cwd: root, env, encoding: 'utf8' },
  );
  if (imported.status !== 0)
    throw new Error(`import of ${set.policy} failed:\n${imported.stdout}${imported.stderr}`);
  // A first build, as `npm run anchors:lock` makes it: the policy's addresses are new.
  build(dist, { CONTENT_DIR: content, SITE_BASE: '/', UPDATE_ANCHORS_LOCK: '1' });
  return { dist, base: '/' };
}

const browser = await launch();
const report: Record<string, unknown> = {};
let port = 4360;
let failedBudget = false;
try {
  for (const set of sets) {
    const { dist, base } = buildFor(set);
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
