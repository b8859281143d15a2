import { currentName, type Revision } from './git-log';

export interface ChangeEntry {
  commit: string;
  date: Date;
  summary: string;
  /** The sections it touched that still exist, by slug and title, in policy order. */
  sections: { slug: string; title: string }[];
  /** Files it touched that are no longer sections (removed since), by name without folder or extension. */
  formerFiles: string[];
}

/** A content file's path as git names it: relative to the project, without a leading `./`. */
export function contentFile(filePath: string | undefined): string | undefined {
  return filePath?.replace(/^\.\//, '');
}

/**
 * The revisions as readers see them: each with the sections it touched, by their titles today,
 * a file renamed since named by the section it became.
 */
export function changeEntries(
  revisions: readonly Revision[],
  sections: readonly { id: string; filePath?: string | undefined; data: { title: string } }[],
  renames: ReadonlyMap<string, string> = new Map(),
): ChangeEntry[] {
  const files = new Map(sections.map((section) => [contentFile(section.filePath), section]));
  return revisions.map((revision) => {
    const touched = new Set(revision.files.map((file) => currentName(file, renames)));
    return {
      commit: revision.commit,
      date: revision.date,
      summary: revision.summary,
      sections: sections
        .filter((section) => touched.has(contentFile(section.filePath) ?? ''))
        .map((section) => ({ slug: section.id, title: section.data.title })),
      formerFiles: [...touched]
        .filter((file) => !files.has(file))
        .map((file) => file.replace(/^.*\//, '').replace(/\.mdx$/, '')),
    };
  });
}
