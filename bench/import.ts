// `npm run bench:import`: how long `npm run import` takes on the largest fixture SECURITY.md
// (over 30 KB, 67 sections): the import itself, in this process, and the command as a user
// runs it (Node's start included), each the median of several runs. Budget: under 1 s.
// Then that it grows linearly: a generated 5 MB file through the command (the size cap raised
// with IMPORT_MAX_BYTES, which only this benchmark sets; budget 15 s) and 5,000 one-sentence
// sections in this process, each once, with the CPU time beside the wall time (a shared machine
// stretches the wall time, not the work). Run with scripts/ts-resolve.mjs (package.json does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { project } from '../src/config.ts';
import { importSecurityMd } from '../src/lib/import/index.ts';
import { defaultPolicyTitle } from '../src/lib/intro/read.ts';
import { median, root } from './harness.ts';
import { largePolicy, manyHeadings } from './import-inputs.ts';

const file = join(root, 'tests/fixtures/security-md/large.md');
const source = readFileSync(file, 'utf8');
const budgetMs = 1000;

const importOnce = (source: string, sourceName: string) =>
  importSecurityMd({
    source,
    sourceName,
    sourcePath: 'SECURITY.md',
    repositoryUrl: project.repository.url,
    siteUrl: 'https://example.org/',
    existing: new Map(),
    defaultTitle: defaultPolicyTitle,
    channels: project.reportingChannels,
    contentName: 'content',
    site: 'https://example.org',
    base: '/',
  });

const inProcess = [1, 2, 3, 4, 5].map(() => {
  const started = performance.now();
  const result = importOnce(source, file);
  if (result.errors.length > 0 || result.lost.length > 0)
    throw new Error('the fixture no longer imports cleanly');
  return performance.now() - started;
});

const command = [1, 2, 3].map(() => {
  const content = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', './scripts/ts-resolve.mjs', 'scripts/import.ts', file],
    {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - started;
  rmSync(content, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(run.stderr);
  return ms;
});

const kb = (statSync(file).size / 1024).toFixed(1);
const wall = median(command);
console.log(`import of ${kb} KiB (tests/fixtures/security-md/large.md):`);
console.log(
  `  the import itself: median ${median(inProcess).toFixed(0)} ms (first run ${inProcess[0]!.toFixed(0)} ms)`,
);
console.log(
  `  npm run import, start to finish: median ${wall.toFixed(0)} ms (budget ${budgetMs} ms) ${wall < budgetMs ? 'ok' : 'MISSED'}`,
);

/** Wall and CPU time of `run`, in ms. */
function timed(run: () => void): { wall: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const largeBudgetMs = 15_000;
const large = largePolicy(5 * 1024 * 1024);
const largeFile = join(mkdtempSync(join(tmpdir(), 'bench-import-large-')), 'SECURITY.md');
writeFileSync(largeFile, large);
const largeContent = mkdtempSync(join(tmpdir(), 'bench-import-'));
let largeRun: ReturnType<typeof spawnSync> | undefined;
const largeTime = timed(() => {
  largeRun = spawnSync(
    process.execPath,
    ['--import', './scripts/ts-resolve.mjs', 'scripts/import.ts', largeFile],
    {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: largeContent, IMPORT_MAX_BYTES: String(16 * 1024 * 1024) },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
});
rmSync(largeContent, { recursive: true, force: true });
rmSync(join(largeFile, '..'), { recursive: true, force: true });
if (largeRun?.status !== 0) throw new Error(String(largeRun?.stderr));
// The child's CPU time: spawnSync does not report it, so the import's own in this process is shown beside.
const largeInProcess = timed(() => importOnce(large, 'generated 5 MB'));
console.log(
  `import of a generated ${(large.length / 1024 / 1024).toFixed(1)} MiB file (bench/import-inputs.ts): npm run import ${seconds(largeTime.wall)} (budget ${seconds(largeBudgetMs)}) ${largeTime.wall < largeBudgetMs ? 'ok' : 'MISSED'}; the import itself ${seconds(largeInProcess.wall)}, ${seconds(largeInProcess.cpu)} CPU`,
);

const headings = manyHeadings(5000);
const headingsTime = timed(() => importOnce(headings, 'generated 5,000 sections'));
console.log(
  `import of 5,000 sections (${(headings.length / 1024).toFixed(0)} KiB): ${seconds(headingsTime.wall)}, ${seconds(headingsTime.cpu)} CPU`,
);
process.exitCode = wall < budgetMs && largeTime.wall < largeBudgetMs ? 0 : 1;
