// The query sets search is scored on (tests/fixtures/search-frozen/ and the held-out folders,
// each written by a session that had not read the search code), and the site each is scored
// against: the Keras content as it is, or another policy imported, with no search terms, into a
// scratch folder. Shared by `npm run bench:search-frozen` (in Chromium) and `bench:search-node`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { frozenDir, type FrozenSet } from '../tests/e2e/helpers/frozen.ts';
import { build, root, scratch } from './harness.ts';

/** `frozen`, or a held-out folder: `held-out`, `held-out-2`, … (tests/fixtures/search-heldout*). */
export const setFolders = readdirSync(join(frozenDir, '..'))
  .filter((name) => /^search-heldout(-\d+)?$/.test(name))
  .map((name) => name.replace('heldout', 'held-out').slice('search-'.length))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

const setsDir = (folder: string) =>
  folder === 'frozen' ? frozenDir : join(frozenDir, `../search-${folder.replace('held-out', 'heldout')}`);

/** The sets of one folder, those of `only` policies when any are named. */
export function setsOf(folder: string, only: readonly string[] = []): FrozenSet[] {
  const dir = setsDir(folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as FrozenSet)
    .filter((set) => only.length === 0 || only.includes(set.policy));
}

/** A policy's SECURITY.md: beside its set, or, for a policy both folders use, in the frozen folder. */
const policyFile = (folder: string, policy: string) =>
  [setsDir(folder), frozenDir]
    .map((dir) => join(dir, `${policy}.SECURITY.md`))
    .find((file) => existsSync(file))!;

/**
 * Builds the site for a set into `.bench/frozen-<policy>/dist` (unless `reuse` and it is there)
 * and returns it with its base path.
 */
export function buildFor(folder: string, set: FrozenSet, reuse = false): { dist: string; base: string } {
  const dir = join(scratch, `frozen-${set.policy}`);
  const dist = join(dir, 'dist');
  const built = reuse && existsSync(join(dist, 'anchors.json'));
  if (set.policy === 'keras') {
    if (!built) build(dist);
    const base = JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8')).site as string;
    return { dist, base: new URL(base).pathname };
  }
  if (built) return { dist, base: '/' };
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  // Named as its publisher would name it in src/config.ts: by its repository ("zulip", "argo-cd").
  const name = set.source?.repo.split('/')[1] ?? set.policy;
  const env = { ...process.env, CONTENT_DIR: content, SITE_BASE: '/', PROJECT_NAME: name };
  const imported = spawnSync(
    'node',
    ['--import', './scripts/ts-resolve.mjs', 'scripts/import.ts', policyFile(folder, set.policy)],
    { cwd: root, env, encoding: 'utf8' },
  );
  if (imported.status !== 0)
    throw new Error(`import of ${set.policy} failed:\n${imported.stdout}${imported.stderr}`);
  // A first build, as `npm run anchors:lock` makes it: the policy's addresses are new.
  build(dist, { CONTENT_DIR: content, SITE_BASE: '/', PROJECT_NAME: name, UPDATE_ANCHORS_LOCK: '1' });
  return { dist, base: '/' };
}
