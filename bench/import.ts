// `npm run bench:import`: how long `npm run import` takes on the largest fixture SECURITY.md
// (over 30 KB, 67 sections): the import itself, in this process, and the command as a user
// runs it (Node's start included), each the median of several runs. Budget: under 1 s.
// Run with scripts/ts-resolve.mjs (package.json does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { project } from '../src/config.ts';
import { importSecurityMd } from '../src/lib/import/index.ts';
import { defaultPolicyTitle } from '../src/lib/intro/read.ts';
import { median, root } from './harness.ts';

const file = join(root, 'tests/fixtures/security-md/large.md');
const source = readFileSync(file, 'utf8');
const budgetMs = 1000;

const inProcess = [1, 2, 3, 4, 5].map(() => {
  const started = performance.now();
  const result = importSecurityMd({
    source,
    sourceName: file,
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
process.exitCode = wall < budgetMs ? 0 : 1;
