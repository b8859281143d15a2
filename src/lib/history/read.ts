import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { gitLogArgs, parseGitLog, type Revision } from './git-log';

export interface PolicyHistory {
  revisions: Revision[];
  /** Why git's history cannot be used, when it cannot: the build says so and uses frontmatter dates. */
  unavailable?: string;
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

/**
 * The policy's revisions from git, for the folder `policyDir`. A shallow clone has lost the
 * older commits (its oldest would look like the last change of everything), so there the
 * history is left out rather than shown wrong.
 */
export function readPolicyHistory(root: string, policyDir: string): PolicyHistory {
  try {
    if (git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true') {
      return {
        revisions: [],
        unavailable:
          'this is a shallow git clone: fetch the whole history (git fetch --unshallow) for the policy’s change dates',
      };
    }
    return { revisions: parseGitLog(git(gitLogArgs(relative(root, policyDir) || '.'), root)) };
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr?.trim().split('\n')[0] ?? String(error);
    return { revisions: [], unavailable: `git history cannot be read (${reason})` };
  }
}
