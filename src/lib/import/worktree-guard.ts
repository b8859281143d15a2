// Before the import writes the content folder: is there work in it that git could not give back?
// The import overwrites and removes section files, so uncommitted edits and untracked files there
// would be lost for good; it stops instead, naming them, unless told `--force`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A file git reports as differing from the last commit, by its path from the repository root. */
export interface DirtyFile {
  path: string;
  /** How it differs, in words: `modified`, `untracked`, `deleted`, `added`, `renamed`, `ignored`. */
  state: string;
}

export type WorktreeState =
  { kind: 'git'; dirty: DirtyFile[]; root: string } | { kind: 'no-git'; reason: string } | { kind: 'absent' };

const states: Record<string, string> = {
  M: 'modified',
  T: 'modified',
  A: 'added',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  U: 'in conflict',
  '?': 'untracked',
  '!': 'ignored',
};

/**
 * `git status --porcelain=v1 -z` read: `XY path\0`, and for a rename or copy `XY new\0old\0`. The
 * work tree's state (Y) says more than the index's (X) about what the import would overwrite.
 */
export function parsePorcelain(output: string): DirtyFile[] {
  const entries = output.split('\0');
  const files: DirtyFile[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    const [x, y] = [entry[0]!, entry[1]!];
    const code = y !== ' ' ? y : x;
    files.push({ path: entry.slice(3), state: states[code] ?? 'changed' });
    if (x === 'R' || x === 'C') i++; // the old path follows
  }
  return files;
}

const git = (cwd: string, args: string[]) =>
  spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** How git sees the content folder: its uncommitted files, or that it is not in a repository. */
export function worktreeState(contentRoot: string): WorktreeState {
  if (!existsSync(contentRoot)) return { kind: 'absent' };
  const top = git(contentRoot, ['rev-parse', '--show-toplevel']);
  if (top.error) return { kind: 'no-git', reason: `git could not be run (${top.error.message})` };
  if (top.status !== 0) return { kind: 'no-git', reason: 'it is not in a git repository' };
  const root = top.stdout.trim();
  const status = git(contentRoot, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--ignored=matching',
    '--',
    '.',
  ]);
  if (status.status !== 0)
    return { kind: 'no-git', reason: `git status failed (${status.stderr.trim() || status.status})` };
  return { kind: 'git', dirty: parsePorcelain(status.stdout), root };
}

export interface GuardInput {
  state: WorktreeState;
  /** The content folder, absolute. */
  contentRoot: string;
  /** Files the import would write over or remove, by path inside the content folder. */
  touched: readonly string[];
  /** How paths are shown: relative to this folder (the project root). */
  cwd: string;
}

/**
 * Why the import must not write, or undefined when nothing it did not write would be lost:
 * - in git, any file of the folder that differs from the last commit, or an ignored file it
 *   would overwrite (git cannot give either back);
 * - outside git, any existing file it would overwrite or remove (nothing could give it back).
 */
export function guardMessage(input: GuardInput): string | undefined {
  const { state, cwd } = input;
  const folder = relative(cwd, input.contentRoot) || '.';
  if (state.kind === 'absent') return undefined;
  if (state.kind === 'no-git') {
    if (input.touched.length === 0) return undefined;
    const shown = input.touched.map((path) => `    ${join(folder, path)}`);
    return [
      `${folder}/ is not under git (${state.reason}), so nothing could give back the files the import would overwrite or remove:`,
      ...shown,
      `Put the folder under git and commit it first (git init && git add ${folder} && git commit), or pass --force to import over these files.`,
    ].join('\n');
  }
  const touched = new Set(input.touched.map((path) => join(input.contentRoot, path)));
  const lost = state.dirty.filter(
    (file) => file.state !== 'ignored' || touched.has(join(state.root, file.path)),
  );
  if (lost.length === 0) return undefined;
  const width = Math.max(...lost.map((file) => relative(cwd, join(state.root, file.path)).length));
  return [
    `Your changes to these files of ${folder}/ are not committed, and the import rewrites that folder: they would be lost.`,
    ...lost.map((file) => `    ${relative(cwd, join(state.root, file.path)).padEnd(width)}  (${file.state})`),
    `Commit them (git add ${folder} && git commit) or set them aside (git stash --include-untracked), then import again; or pass --force to import over them.`,
  ].join('\n');
}
