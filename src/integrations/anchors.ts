import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { userError } from '../schemas/user-error';
import type { AnchorIndex } from '../lib/anchors/index.js';
import { project } from '../config';
import { extendLock, lockApplies, lockProblems, parseLock, type AnchorLock } from '../lib/anchors/lock';
import { publishedAnchors, publishedFiles } from '../lib/anchors/model';
import type { PolicyModel } from '../lib/policy-model';
import type { PolicyModelSource } from './policy-model';

/** The committed list of every address the site has published, kept with the content. */
const lockName = 'anchors.lock.json';

/** The file serving each page path, former paths included, to name it in messages. */
function filesByPath(model: PolicyModel): Map<string, string> {
  return new Map(
    model.sections.flatMap((section) =>
      [section.id, ...section.data.redirectFrom].map((slug) => [`/${slug}/`, section.file] as const),
    ),
  );
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
 * Every address the site publishes: fails the build when one in the lock would break (with
 * `UPDATE_ANCHORS_LOCK=1`, `npm run anchors:lock`, records new ones), and writes `anchors.json`.
 * After the content check, which stops the build on content problems first.
 */
export function anchors(options: { contentDir: string; model: PolicyModelSource }): AstroIntegration {
  let index: AnchorIndex | undefined;
  return {
    name: 'policy-anchors',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const model = options.model.current();
        index = model.anchors(config.site ?? 'http://localhost/', config.base);
        const lockIssue = checkLock(
          root,
          resolve(root, options.contentDir, lockName),
          index,
          filesByPath(model),
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
    },
  };
}
