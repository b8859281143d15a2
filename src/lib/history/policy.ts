import { resolve } from 'node:path';
import { contentDir } from '../content-dir';
import { contentFile } from './changes';
import { lastChanged, type Revision } from './git-log';
import { readPolicyHistory, type PolicyHistory } from './read';

let history: PolicyHistory | undefined;

/** The policy's revisions from git, newest first; read once per build (afresh in dev). */
export function getPolicyHistory(): PolicyHistory {
  if (import.meta.env.DEV || !history)
    history = readPolicyHistory(process.cwd(), resolve(contentDir, 'policy'));
  return history;
}

/** When a section last changed: git's date, else its frontmatter's `lastUpdated`, else unknown. */
export function sectionLastChanged(
  section: { filePath?: string | undefined; data: { lastUpdated?: Date | undefined } },
  revisions: readonly Revision[] = getPolicyHistory().revisions,
): Date | undefined {
  const file = contentFile(section.filePath);
  const fromGit = file ? lastChanged(file, revisions) : undefined;
  return fromGit ?? section.data.lastUpdated;
}
