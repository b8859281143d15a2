import { resolveLink, type AnchorIndex } from './index.js';

/** The lock file: every address the site has published, as site paths (`/multi-tenant/#model-sharing`). */
export interface AnchorLock {
  /**
   * The repository whose site published these addresses (`project.repository.url`). A fork that
   * publishes its own policy has published none of them: its first `npm run anchors:lock` starts
   * a lock of its own. Locks without it apply to any project.
   */
  repository?: string;
  anchors: string[];
}

/** Whether a lock records the addresses of this project's site (or of any, when it names none). */
export function lockApplies(lock: AnchorLock, repository: string): boolean {
  return lock.repository === undefined || lock.repository === repository;
}

/**
 * The lock file's text read as a lock; throws a message naming the file and what to do when it
 * is not one (a merge left it broken, or it was edited by hand).
 */
export function parseLock(text: string, file: string): AnchorLock {
  const fix = `restore it with \`git checkout -- ${file}\` or fix it by hand, then run \`npm run anchors:lock\``;
  let lock: unknown;
  try {
    lock = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}): ${fix}`);
  }
  const anchors = (lock as { anchors?: unknown } | null)?.anchors;
  if (!Array.isArray(anchors) || anchors.some((entry) => typeof entry !== 'string'))
    throw new Error(`${file} must be {"anchors": ["/path/#id", …]}: ${fix}`);
  const empty = anchors.find((entry: string) => entry.endsWith('#'));
  if (empty) throw new Error(`${file} lists "${empty}", an address with an empty fragment: remove that line`);
  const repository = (lock as { repository?: unknown }).repository;
  if (repository !== undefined && typeof repository !== 'string')
    throw new Error(
      `${file}: "repository" must be the repository's address, e.g. "https://github.com/owner/name": ${fix}`,
    );
  return repository === undefined ? { anchors } : { repository, anchors };
}

const split = (entry: string) => {
  const hash = entry.indexOf('#');
  return hash === -1
    ? { path: entry, fragment: '' }
    : { path: entry.slice(0, hash), fragment: entry.slice(hash + 1) };
};

/**
 * What the site would break: every published address that no longer resolves, with what to
 * write to keep it; one message per lost heading id or page. `fileOf` names the content file
 * that serves a page path (or a former one), where there is one.
 */
export function lockProblems(
  lock: AnchorLock,
  index: AnchorIndex,
  fileOf: (path: string) => string | undefined,
): string[] {
  const lostIds = new Map<string, { entries: string[]; files: Set<string> }>();
  const problems = new Set<string>();
  for (const entry of lock.anchors) {
    const { path, fragment } = split(entry);
    const resolution = resolveLink(index, path, fragment);
    if ('url' in resolution) continue;
    if (!fragment || 'reason' in resolveLink(index, path, '')) {
      problems.add(
        `published page ${path} is gone (${resolution.reason}): keep it with \`redirectFrom: [${path.replace(/^\/|\/$/g, '')}]\` in the frontmatter of the section that replaces it`,
      );
      continue;
    }
    const lost = lostIds.get(fragment) ?? { entries: [], files: new Set<string>() };
    lost.entries.push(entry);
    const file = fileOf(path);
    if (file) lost.files.add(file);
    lostIds.set(fragment, lost);
  }
  for (const [id, { entries, files }] of lostIds) {
    const where = files.size > 0 ? `, most likely in ${[...files].join(' or ')}` : '';
    problems.add(
      `published heading #${id} is gone (linked as ${entries.join(', ')}): keep it with \`anchorAliases: { <new id>: [${id}] }\` in the frontmatter of the section that now holds that heading${where}`,
    );
  }
  return [...problems];
}

/**
 * The lock with every address the site now publishes added; nothing is ever removed. It records
 * `repository` as the project the addresses belong to.
 */
export function extendLock(lock: AnchorLock, published: readonly string[], repository?: string): AnchorLock {
  const anchors = [...new Set([...lock.anchors, ...published])].sort();
  const owner = repository ?? lock.repository;
  return owner === undefined ? { anchors } : { repository: owner, anchors };
}
