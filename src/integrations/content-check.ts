import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatIssue } from '../lib/content-check';
import { mdxComponentNames } from '../lib/constants';
import { readPolicyFiles } from './content-files';

/** Reads the policy sections from disk and returns a report of their problems, or undefined. */
function report(root: string, policyDir: string): string | undefined {
  if (!existsSync(policyDir)) {
    return `${relative(root, policyDir)}: the content folder is missing: create it with one .mdx file per policy section`;
  }
  const files = readPolicyFiles(root, policyDir);
  const issues = checkContent(files, { components: mdxComponentNames });
  if (issues.length === 0) return undefined;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `The policy content has ${count}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`;
}

/**
 * Fails the build on content mistakes, each reported with file, line and what to write instead,
 * before Astro renders anything. In `astro dev` it checks again on every save and logs the report.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  let policyDir = '';
  let root = '';
  return {
    name: 'policy-content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        policyDir = join(root, options.contentDir, 'policy');
        const problems = report(root, policyDir);
        if (problems && command === 'build') {
          throw new AstroError(
            problems,
            'Fix the lines named above; each message says what to write instead.',
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = (path: string) => {
          if (!path.startsWith(policyDir)) return;
          const problems = report(root, policyDir);
          if (problems) logger.error(problems);
          else logger.info('policy content: no problems');
        };
        recheck(policyDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
