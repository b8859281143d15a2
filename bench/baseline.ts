// A checkout of another commit beside this tree (where this branch left main, unless
// BASELINE_REF names another), for
// measuring and comparing a change against what it replaces in one run. A detached git worktree
// in .bench/, sharing this tree's node_modules by hard links (nothing is installed into it).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, scratch } from './harness.ts';

/** Checks out `ref` into `.bench/<name>` (again, when it names another commit); returns its folder. */
export function baselineTree(
  ref = process.env.BASELINE_REF,
  name = 'baseline',
): { dir: string; commit: string } {
  const dir = join(scratch, name);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const commit = git('rev-parse', ref ?? git('merge-base', 'HEAD', 'main'));
  const current = existsSync(join(dir, '.git'))
    ? execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim()
    : undefined;
  if (current !== commit) {
    if (existsSync(dir)) {
      git('worktree', 'remove', '--force', dir);
      rmSync(dir, { recursive: true, force: true });
    }
    git('worktree', 'add', '--detach', dir, commit);
  }
  // Hard links: the baseline reads this tree's packages; its caches are files of its own.
  if (!existsSync(join(dir, 'node_modules')))
    execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  return { dir, commit };
}
