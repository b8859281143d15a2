import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { AnchorIndex } from '../lib/anchors/index.js';
import { project } from '../config';
import { extendLock, lockApplies, lockProblems, parseLock, type AnchorLock } from '../lib/anchors/lock';
import { anchorIndex, publishedAnchors, publishedFiles } from '../lib/anchors/model';
import { formatIssue } from '../lib/content-check';
import { readPolicyHistory } from '../lib/history/read';
import { readAdvisories, readPolicy } from './content-files';
import { userError } from '../lib/user-error';

/** The committed list of every address the site has published, kept with the content. */
const lockName = 'anchors.lock.json';

interface Checked {
  problems?: string;
  index?: AnchorIndex;
  files: Map<string, string>;
}

/** Reads and checks the policy sections; returns a report of their problems, or the anchor index. */
function check(root: string, policyDir: string, site: string, base: string): Checked {
  if (!existsSync(policyDir)) {
    return {
      problems: `${relative(root, policyDir)}: the content folder is missing: create it with one .mdx file per policy section`,
      files: new Map(),
    };
  }
  const { issues, sections } = readPolicy(root, policyDir);
  // The file serving each page path, former paths included, to name it in messages.
  const files = new Map(
    sections.flatMap((section) =>
      [section.id, ...(section.data.redirectFrom ?? [])].map((slug) => [`/${slug}/`, section.file] as const),
    ),
  );
  if (issues.length === 0) return { index: anchorIndex(sections, site, base), files };
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return {
    problems: `The policy content has ${count}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    files,
  };
}

/** Fails when a published address would break; with `update`, records new ones in the lock. */
function checkLock(
  root: string,
  lockPath: string,
  index: AnchorIndex,
  files: Map<string, string>,
  update: boolean,
) {
  const lockFile = relative(root, lockPath);
  let lock: AnchorLock = { anchors: [] };
  try {
    if (existsSync(lockPath)) lock = parseLock(readFileSync(lockPath, 'utf8'), lockFile);
  } catch (error) {
    return (error as Error).message;
  }
  if (!lockApplies(lock, project.repository.url)) {
    // Another project's addresses (this is a fork that publishes its own policy): not this site's
    // to keep. `npm run anchors:lock` starts this project's own lock.
    if (!update)
      return `${lockFile} records the addresses of ${lock.repository}'s site, not of ${project.repository.url} (src/config.ts): run \`npm run anchors:lock\` to start this project's own lock, and commit it`;
    lock = { anchors: [] };
  }
  const problems = lockProblems(lock, index, (page) => files.get(page));
  if (problems.length > 0) {
    return `Published links would break (${lockFile} lists every address the site has published):\n${problems.map((p) => `  ${p}`).join('\n')}`;
  }
  const extended = extendLock(lock, publishedAnchors(index), project.repository.url);
  const added = extended.anchors.length - lock.anchors.length;
  if (update) writeFileSync(lockPath, `${JSON.stringify(extended, null, 2)}\n`);
  else if (added > 0) {
    return `${added} new address${added === 1 ? '' : 'es'} not yet in ${lockFile} (${extended.anchors.filter((a) => !lock.anchors.includes(a)).join(', ')}): run \`npm run anchors:lock\` and commit ${lockFile}, so they are kept from now on`;
  }
  return undefined;
}

/**
 * Fails the build on content mistakes, each reported with file, line and what to write instead,
 * before Astro renders anything, and on any published address that would break. Writes
 * `anchors.json` into the build. In `astro dev` it checks again on every save and logs the report.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  let policyDir = '';
  let root = '';
  let index: AnchorIndex | undefined;
  let site = 'http://localhost/';
  let base = '/';
  return {
    name: 'policy-content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        policyDir = resolve(root, options.contentDir, 'policy');
        site = config.site ?? site;
        base = config.base;
        if (command !== 'build') return;
        const checked = check(root, policyDir, site, base);
        if (checked.problems) {
          throw userError(
            checked.problems,
            'Fix the lines named above; each message says what to write instead.',
          );
        }
        index = checked.index!;
        const history = readPolicyHistory(root, policyDir);
        if (history.unavailable)
          logger.warn(
            `policy history: ${history.unavailable}; sections show their frontmatter lastUpdated, if any`,
          );
        else if (history.partial) logger.warn(`policy history: ${history.partial}`);
        const advisories = readAdvisories(root, resolve(root, options.contentDir, 'advisories'));
        if (advisories.issues.length > 0) {
          const count = advisories.issues.length === 1 ? '1 problem' : `${advisories.issues.length} problems`;
          throw userError(
            `The advisories have ${count}:\n${advisories.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
            'Fix the lines named above; each message says what to write instead.',
          );
        }
        const lockPath = resolve(root, options.contentDir, lockName);
        const lockIssue = checkLock(
          root,
          lockPath,
          index,
          checked.files,
          process.env.UPDATE_ANCHORS_LOCK === '1',
        );
        if (lockIssue)
          throw userError(
            lockIssue,
            'Old links live in READMEs and chats: keep every published address working.',
          );
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!index) return;
        const built = readdirSync(fileURLToPath(dir), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(fileURLToPath(dir), join(entry.parentPath, entry.name)));
        const published = { ...index, files: publishedFiles([...built, 'anchors.json'], index) };
        writeFileSync(new URL('anchors.json', dir), `${JSON.stringify(published, null, 2)}\n`);
        logger.info(`anchors.json: ${index.pages.length} pages, ${publishedAnchors(index).length} addresses`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = (path: string) => {
          if (!path.startsWith(policyDir)) return;
          const { problems } = check(root, policyDir, site, base);
          if (problems) logger.error(problems);
          else logger.info('policy content: no problems');
        };
        recheck(policyDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
