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

/** The revisions as readers see them: each with the sections it touched. */
export function changeEntries(
  revisions: readonly Revision[],
  sections: readonly { id: string; filePath?: string | undefined; data: { title: string } }[],
): ChangeEntry[] {
  const byFile = new Map(sections.map((section) => [section.filePath?.replace(/^\.\//, ''), section]));
  return revisions.map((revision) => ({
    commit: revision.commit,
    date: revision.date,
    summary: revision.summary,
    sections: sections
      .filter((section) => revision.files.includes(section.filePath?.replace(/^\.\//, '') ?? ''))
      .map((section) => ({ slug: section.id, title: section.data.title })),
    formerFiles: revision.files.filter((file) => !byFile.has(file)),
  }));
}
