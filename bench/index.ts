// `npm run bench`: the whole benchmark, on this machine. Builds the site and serves it with
// brotli on 127.0.0.1; measures what each page costs a reader, Lighthouse (mobile) on three
// pages, a generated 1,000-section policy's build, search (bench/search.ts) and importing a
// SECURITY.md (bench/import.ts). Prints a table
// and writes .bench/bench.json. Exits non-zero when a budget is missed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployment } from '../src/config.ts';
import { writeCorpus } from './corpus.ts';
import { build, buildLogged, kib, launch, median, publishEpochNow, root, scratch, serve } from './harness.ts';
import { runLighthouse } from './lighthouse.ts';
import { measurePage } from './pages.ts';

const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;
const budgets = {
  sectionBytes: 8 * 1024,
  sectionRequests: 3,
  jsBeforeInteraction: 2 * 1024,
  lighthouse: 100,
  corpusBuildSeconds: 16,
  corpusHtmlBytes: 10_000,
};
const misses: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) misses.push(what);
  return ok ? 'ok' : 'MISSED';
};

// 1. The site as readers get it.
const siteDir = join(scratch, 'site');
const buildMs = build(siteDir);
const server = await serve(siteDir, base, 4350);
const pagePaths = ['', 'multi-tenant/', 'reporting/', 'policy/', 'advisories/', 'changes/'];
const browser = await launch();
const pages = [];
try {
  for (const path of pagePaths) pages.push(await measurePage(browser, server.url, path));
} finally {
  await browser.close();
}
console.log(
  `\nPage cost (fresh cache, brotli; bytes include response headers)      build ${(buildMs / 1000).toFixed(1)} s`,
);
console.log('page              requests   total      HTML       CSS        JS      other   JS run');
for (const p of pages) {
  console.log(
    `${`/${p.path}`.padEnd(17)} ${String(p.requests).padStart(8)} ${kib(p.total).padStart(10)} ${kib(p.bytes.html).padStart(10)} ${kib(p.bytes.css).padStart(10)} ${kib(p.bytes.js).padStart(9)} ${kib(p.bytes.other + p.bytes.image + p.bytes.font).padStart(9)} ${kib(p.jsExecuted).padStart(9)}`,
  );
}
const sections = pages.filter((p) => ['multi-tenant/', 'reporting/'].includes(p.path));
const worstSection = sections.reduce((a, b) => (b.total > a.total ? b : a));
console.log(
  `section page first load: ${kib(worstSection.total)} in ${worstSection.requests} requests (budget ${kib(budgets.sectionBytes)}, ${budgets.sectionRequests}) ${check(worstSection.total <= budgets.sectionBytes && worstSection.requests <= budgets.sectionRequests, 'section page first load')}`,
);
const maxJs = Math.max(...pages.map((p) => p.jsTransferred));
console.log(
  `JavaScript before any interaction: at most ${kib(maxJs)} transferred (budget ${kib(budgets.jsBeforeInteraction)}) ${check(maxJs <= budgets.jsBeforeInteraction, 'JS before interaction')}`,
);

// 2. Lighthouse, mobile defaults.
let lighthouse;
try {
  lighthouse = await runLighthouse(server.url, ['', 'multi-tenant/', 'policy/']);
} finally {
  server.stop();
}
console.log('\nLighthouse (mobile)   perf  a11y  best   seo    FCP ms   LCP ms  TBT ms    CLS');
for (const r of lighthouse) {
  console.log(
    `${`/${r.path}`.padEnd(20)} ${String(r.performance).padStart(5)} ${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(5)} ${String(r.seo).padStart(5)} ${r.fcpMs.toFixed(0).padStart(9)} ${r.lcpMs.toFixed(0).padStart(8)} ${r.tbtMs.toFixed(0).padStart(7)} ${r.cls.toFixed(3).padStart(6)}`,
  );
  check(
    [r.performance, r.accessibility, r.bestPractices, r.seo].every((s) => s >= budgets.lighthouse) &&
      r.cls === 0,
    `Lighthouse on /${r.path}`,
  );
}

// 3. A 1,000-section policy.
const corpusDir = writeCorpus(join(scratch, 'corpus'), 1000);
const corpusOut = join(scratch, 'corpus-site');
const runs = [1, 2, 3].map(() => {
  const { ms, log } = buildLogged(corpusOut, {
    CONTENT_DIR: corpusDir,
    UPDATE_ANCHORS_LOCK: '1',
    SOURCE_DATE_EPOCH: publishEpochNow,
  });
  const indexMs = Number(/indexed \d+ pages for search in (\d+) ms/.exec(log)?.[1] ?? Number.NaN);
  return { ms, indexMs };
});
const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
// The section pages' folders (each section also has its Markdown twin, `section-0001.md`).
const sectionHtml = readdirSync(corpusOut, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('section-'))
  .map((entry) => statSync(join(corpusOut, entry.name, 'index.html')).size);
const corpus = {
  sections: sectionHtml.length,
  buildMedianMs: median(runs.map((r) => r.ms)),
  indexMedianMs: median(runs.map((r) => r.indexMs)),
  indexBytes: sizeOf(join(corpusOut, 'pagefind')),
  sectionHtmlBytes: { median: median(sectionHtml), max: Math.max(...sectionHtml) },
  overviewHtmlBytes: statSync(join(corpusOut, 'index.html')).size,
  fullPolicyHtmlBytes: statSync(join(corpusOut, 'policy/index.html')).size,
};
console.log(`
1,000-section corpus (${corpus.sections} pages, ~600 words and 4–6 headings each), 3 builds:
  build and index, median ${(corpus.buildMedianMs / 1000).toFixed(1)} s (budget ${budgets.corpusBuildSeconds} s) ${check(corpus.buildMedianMs <= budgets.corpusBuildSeconds * 1000, 'corpus build time')}; of which search index ${(corpus.indexMedianMs / 1000).toFixed(1)} s
  search index ${kib(corpus.indexBytes)} on disk
  section page HTML: median ${(corpus.sectionHtmlBytes.median / 1000).toFixed(1)} KB, max ${(corpus.sectionHtmlBytes.max / 1000).toFixed(1)} KB raw (budget ${budgets.corpusHtmlBytes / 1000} KB) ${check(corpus.sectionHtmlBytes.max <= budgets.corpusHtmlBytes, 'corpus page HTML')}
  overview ${(corpus.overviewHtmlBytes / 1000).toFixed(0)} KB and one-page policy ${(corpus.fullPolicyHtmlBytes / 1000).toFixed(0)} KB: these list or hold every section by design`);

// 4. Search: its own benchmark, whose JSON joins this one.
console.log('\nSearch (bench/search.ts):');
const search = spawnSync('node', ['bench/search.ts'], { cwd: root, stdio: 'inherit' });
check(search.status === 0, 'search benchmark');
const searchJson = JSON.parse(readFileSync(join(scratch, 'search.json'), 'utf8'));

// 5. Importing a SECURITY.md (bench/import.ts).
console.log('\nImport (bench/import.ts):');
const imported = spawnSync('node', ['--import', './scripts/ts-resolve.mjs', 'bench/import.ts'], {
  cwd: root,
  stdio: 'inherit',
});
check(imported.status === 0, 'import time');

mkdirSync(scratch, { recursive: true });
writeFileSync(
  join(scratch, 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), budgets, buildMs, pages, lighthouse, corpus, search: searchJson.summary, misses }, null, 2)}\n`,
);
console.log(`\nJSON: ${join(scratch, 'bench.json')}`);
console.log(misses.length === 0 ? 'Every budget met.' : `Budgets missed: ${misses.join('; ')}`);
process.exitCode = misses.length === 0 ? 0 : 1;
