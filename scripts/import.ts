// `npm run import -- <SECURITY.md path or https URL> [--check] [--force] [--replace] [--path-in-repo .github/SECURITY.md]`
// Writes content/ from a SECURITY.md and says what changed; `--check` writes nothing and exits 1
// when content/ differs from the file (for CI). It never writes over work git could not give
// back (`--force` does) nor removes most sections unasked (`--replace` does). Run with
// scripts/ts-resolve.mjs (see package.json).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deployment, project } from '../src/config.ts';
import { lockApplies, parseLock, type AnchorLock } from '../src/lib/anchors/lock.ts';
import { readAdvisoryIds, readContentFiles } from '../src/lib/policy-model/files.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatIssue } from '../src/lib/content-check/index.ts';
import { checkNesting } from '../src/lib/content-check/nesting.ts';
import { importSecurityMd, type ImportInput } from '../src/lib/import/index.ts';
import { importSecurityMdInParallel, parallelFromBytes } from '../src/lib/import/parallel.ts';
import { defaultPolicyTitle } from '../src/lib/intro/read.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { guardMessage, worktreeState } from '../src/lib/import/worktree-guard.ts';
import { massRemovalMessage } from '../src/lib/import/mass-removal.ts';
import { readPolicySource, SourceError } from '../src/lib/import/source.ts';

const usage = `Usage: npm run import -- <path/to/SECURITY.md or https://… URL> [--check] [--force] [--replace] [--path-in-repo SECURITY.md]

  --check          change nothing; exit 1 when ${contentDir.replace(/^\.\//, '')}/ differs from the file
  --force          write even over uncommitted changes in ${contentDir.replace(/^\.\//, '')}/ (or a folder not under git)
  --replace        allow an import that removes more than half of the sections
  --path-in-repo   where the file sits in its repository (default: SECURITY.md),
                   for relative links such as ./CONTRIBUTING.md`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        check: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        'path-in-repo': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`);
  }
})();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length !== 1) fail(`Name one SECURITY.md to import.\n\n${usage}`);
const from = positionals[0]!;

const contentRoot = resolve(contentDir);
const contentName = relative(process.cwd(), contentRoot) || '.';
const policyDir = join(contentRoot, 'policy');

const started = performance.now();
const source = await readPolicySource(from, {
  // Only the benchmark raises the cap, to time the import of files larger than any policy.
  maxBytes: process.env.IMPORT_MAX_BYTES ? Number(process.env.IMPORT_MAX_BYTES) : undefined,
}).catch((error: unknown) => {
  if (error instanceof SourceError) fail(error.message);
  throw error;
});
const existing = readContentFiles(contentRoot);
const lockPath = join(contentRoot, 'anchors.lock.json');
let lock: AnchorLock | undefined;
try {
  lock = existsSync(lockPath)
    ? parseLock(readFileSync(lockPath, 'utf8'), relative(process.cwd(), lockPath))
    : undefined;
} catch (error) {
  fail((error as Error).message);
}
// A fork's first import: the lock holds the addresses of the site it was forked from, not its own.
const otherProjectsLock = lock && !lockApplies(lock, project.repository.url) ? lock.repository : undefined;
if (otherProjectsLock) lock = undefined;
// Nesting the content check refuses stops here, before the parser overflows its stack on it.
const tooDeep = checkNesting(from, source);
if (tooDeep) fail(formatIssue(tooDeep), 1);
const sourcePath = values['path-in-repo'] ?? 'SECURITY.md';
const importInput: ImportInput = {
  source,
  sourceName: from,
  sourcePath,
  repositoryUrl: project.repository.url,
  siteUrl: new URL(deployment.base, deployment.site).href,
  // Another project's content (a fork's first import) is replaced, not merged: its descriptions
  // and search terms describe another policy.
  existing: otherProjectsLock ? new Map() : existing,
  defaultTitle: defaultPolicyTitle,
  channels: project.reportingChannels,
  contentName,
  advisories: readAdvisoryIds(contentRoot),
  lock,
  site: deployment.site,
  base: deployment.base,
};
// A large file's written files are parsed on the other cores while this thread converts (issue 17).
const parseThreads = availableParallelism() - 1;
const result =
  source.length >= parallelFromBytes && parseThreads > 0
    ? await importSecurityMdInParallel(importInput, parseThreads)
    : importSecurityMd(importInput);
const elapsed = performance.now() - started;

if (result.errors.length > 0 || result.lost.length > 0) {
  console.error(formatReport(result, { from, contentName, elapsed, problemsOnly: true }));
  process.exit(1);
}

const removed = otherProjectsLock
  ? [...existing.keys()].filter((path) => !result.files.has(path))
  : result.removed;
const differs = removed.length > 0 || [...result.files].some(([path, text]) => existing.get(path) !== text);
if (values.check) {
  if (!differs) {
    console.log(`${contentName}/ matches ${from}.`);
    process.exit(0);
  }
  console.error(formatReport(result, { from, contentName, elapsed, check: true }));
  process.exit(1);
}

// Nothing is written over work git could not give back, nor most of the policy removed unasked.
const overwritten = [...result.files.keys()].filter(
  (path) => existing.has(path) && existing.get(path) !== result.files.get(path),
);
const guard = values.force
  ? undefined
  : guardMessage({
      state: worktreeState(contentRoot),
      contentRoot,
      touched: [...overwritten, ...removed],
      cwd: process.cwd(),
    });
if (guard) fail(`${from} was not imported: ${contentName}/ is unchanged.\n${guard}`);
// A fork's first import replaces the original's content on purpose (said below), so it is not asked.
const mass =
  values.replace || otherProjectsLock
    ? undefined
    : massRemovalMessage([...existing.keys()], removed, from, contentName);
if (mass) fail(`${from} was not imported: ${contentName}/ is unchanged.\n${mass}`);

mkdirSync(policyDir, { recursive: true });
for (const path of removed) rmSync(join(contentRoot, path));
for (const [path, text] of result.files)
  if (existing.get(path) !== text) writeFileSync(join(contentRoot, path), text);
console.log(formatReport(result, { from, contentName, elapsed }));
if (otherProjectsLock)
  console.log(
    `${relative(process.cwd(), lockPath)} holds the addresses of ${otherProjectsLock}'s site, not this project's (${project.repository.url}): its content was replaced, not merged (${removed.length} file${removed.length === 1 ? '' : 's'} removed), and \`npm run anchors:lock\` starts this project's own lock.`,
  );
