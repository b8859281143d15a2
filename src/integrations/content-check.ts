import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { userError } from '../schemas/user-error';
import { formatIssue, type ContentIssue } from '../lib/content-check';
import { readPolicyHistory } from '../lib/history/read';
import type { PolicyModelSource } from './policy-model';

const fixHint = 'Fix the lines named above; each message says what to write instead.';

/** A report of `issues` under a heading naming what has them, or undefined when there are none. */
function report(what: string, issues: readonly ContentIssue[]): string | undefined {
  if (issues.length === 0) return undefined;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `${what} has ${count}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`;
}

/**
 * Fails the build on content mistakes, each reported with file, line and what to write instead,
 * before Astro renders anything. In `astro dev` it checks again on every save and logs the report.
 */
export function contentCheck(options: { contentDir: string; model: PolicyModelSource }): AstroIntegration {
  let policyDir = '';
  let root = '';
  const problems = () =>
    existsSync(policyDir)
      ? report('The policy content', options.model.current().issues)
      : `${relative(root, policyDir)}: the content folder is missing: create it with one .mdx file per policy section`;
  return {
    name: 'policy-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        policyDir = resolve(root, options.contentDir, 'policy');
        if (command !== 'build') return;
        const found = problems();
        if (found) throw userError(found, fixHint);
        const history = readPolicyHistory(root, policyDir);
        if (history.unavailable)
          logger.warn(
            `policy history: ${history.unavailable}; sections show their frontmatter lastUpdated, if any`,
          );
        else if (history.partial) logger.warn(`policy history: ${history.partial}`);
        const advisories = report('The advisories', options.model.current().advisories.issues);
        if (advisories) throw userError(advisories, fixHint);
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = (path: string) => {
          if (!path.startsWith(policyDir)) return;
          const found = problems();
          if (found) logger.error(found);
          else logger.info('policy content: no problems');
        };
        recheck(policyDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
