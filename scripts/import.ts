// `npm run import -- <SECURITY.md path or https URL> [--check] [--path-in-repo .github/SECURITY.md]`
// Writes content/ from a SECURITY.md and says what changed; `--check` writes nothing and exits 1
// when content/ differs from the file (for CI). Run with scripts/ts-resolve.mjs (see package.json).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deployment, project } from '../src/config.ts';
import { lockApplies, parseLock, type AnchorLock } from '../src/lib/anchors/lock.ts';
import { readContentFiles } from '../src/integrations/content-files.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { importSecurityMd } from '../src/lib/import/index.ts';
import { defaultPolicyTitle } from '../src/lib/intro/read.ts';
import { formatReport } from '../src/lib/import/report.ts';

const usage = `Usage: npm run import -- <path/to/SECURITY.md or https://… URL> [--check] [--path-in-repo SECURITY.md]

  --check          change nothing; exit 1 when ${contentDir.replace(/^\.\//, '')}/ differs from the file
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

/** A GitHub page of a file (…/blob/main/SECURITY.md) is read from its raw text. */
function rawUrl(url: URL): URL {
  const blob = /^\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(url.pathname);
  return url.hostname === 'github.com' && blob
    ? new URL(`https://raw.githubusercontent.com/${blob[1]}/${blob[2]}/${blob[3]}`)
    : url;
}

async function readSource(): Promise<string> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(from)) {
    const url = new URL(from);
    if (url.protocol !== 'https:')
      fail(`${from}: only https:// addresses are read; download the file and name its path instead`);
    const response = await fetch(rawUrl(url), { signal: AbortSignal.timeout(20_000) }).catch((error: Error) =>
      fail(`${from}: could not be fetched (${error.message}); download it and name its path instead`),
    );
    if (!response.ok) fail(`${from}: the server answered ${response.status} ${response.statusText}`);
    return response.text();
  }
  if (!existsSync(from)) fail(`${from}: no such file`);
  return readFileSync(from, 'utf8');
}

const contentRoot = resolve(contentDir);
const contentName = relative(process.cwd(), contentRoot) || '.';
const policyDir = join(contentRoot, 'policy');

const started = performance.now();
const source = await readSource();
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
const sourcePath = values['path-in-repo'] ?? 'SECURITY.md';
const result = importSecurityMd({
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
  lock,
  site: deployment.site,
  base: deployment.base,
});
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

mkdirSync(policyDir, { recursive: true });
for (const path of removed) rmSync(join(contentRoot, path));
for (const [path, text] of result.files)
  if (existing.get(path) !== text) writeFileSync(join(contentRoot, path), text);
console.log(formatReport(result, { from, contentName, elapsed }));
if (otherProjectsLock)
  console.log(
    `${relative(process.cwd(), lockPath)} holds the addresses of ${otherProjectsLock}'s site, not this project's (${project.repository.url}): its content was replaced, not merged (${removed.length} file${removed.length === 1 ? '' : 's'} removed), and \`npm run anchors:lock\` starts this project's own lock.`,
  );
