import type { Revision } from './git-log';

export interface ChangeEntry {
  commit: string;
  date: Date;
  summary: string;
  /** The sections it touched that still exist, by slug and title, in policy order. */
  sections: { slug: string; title: string }[];
  /** Files it touched that are no longer sections (removed or renamed since). */
  formerFiles: string[];
}

/** A content file's path as git names it: relative to the project, without a leading `./`. */
export function contentFile(filePath: string | undefined): string | undefined {
  return filePath?.replace(/^\.\//, '');
}

/** The revisions as readers see them: each with the sections it touched. */
export function changeEntries(
  revisions: readonly Revision[],
  sections: readonly { id: string; filePath?: string | undefined; data: { title: string } }[],
): ChangeEntry[] {
  const files = new Map(sections.map((section) => [contentFile(section.filePath), section]));
  return revisions.map((revision) => ({
    commit: revision.commit,
    date: revision.date,
    summary: revision.summary,
    sections: sections
      .filter((section) => revision.files.includes(contentFile(section.filePath) ?? ''))
      .map((section) => ({ slug: section.id, title: section.data.title })),
    formerFiles: revision.files.filter((file) => !files.has(file)),
  }));
}
