import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gitLogArgs, gitRenameArgs, parseGitLog, parseRenames, type Revision } from './git-log';

export interface PolicyHistory {
  revisions: Revision[];
  /** Each renamed policy file's newer name, by its older one, so a revision names today's section. */
  renames?: Map<string, string>;
  /** Why git's history cannot be used, when it cannot: the build says so and uses frontmatter dates. */
  unavailable?: string;
  /** Why the history is incomplete, when it is (a shallow clone): the build says so once. */
  partial?: string;
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

/**
 * The commits a shallow clone ends at (git's `shallow` file): git shows each as if it added every
 * file, since their parents are missing.
 */
function shallowBoundary(root: string): Set<string> {
  const file = resolve(root, git(['rev-parse', '--git-path', 'shallow'], root).trim());
  return new Set(existsSync(file) ? readFileSync(file, 'utf8').split(/\s+/).filter(Boolean) : []);
}

/**
 * The policy's revisions from git, for the folder `policyDir`. A shallow clone (what most CI
 * checkouts are) is read as far as it goes: the commits it ends at are left out, as git cannot
 * say what they changed (it would show them adding every file), and `partial` says so.
 */
export function readPolicyHistory(root: string, policyDir: string): PolicyHistory {
  try {
    const shallow = git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true';
    const path = relative(root, policyDir) || '.';
    const revisions = parseGitLog(git(gitLogArgs(path), root));
    const renames = parseRenames(git(gitRenameArgs(path), root));
    if (!shallow) return { revisions, renames };
    const boundary = shallowBoundary(root);
    const kept = revisions.filter((revision) => !boundary.has(revision.commit));
    const reason = `this is a shallow git clone, so the policy's history ${kept.length === 0 ? 'is not in it' : `goes back only to ${kept.at(-1)!.date.toISOString().slice(0, 10)}`}: fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout) for every revision and change date`;
    return kept.length === 0
      ? { revisions: [], unavailable: reason }
      : { revisions: kept, renames, partial: reason };
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr?.trim().split('\n')[0] ?? String(error);
    return { revisions: [], unavailable: `git history cannot be read (${reason})` };
  }
}
