/** One mistake in the content, at the line a content author has to change. */
export interface ContentIssue {
  /** Path of the file, as given to the check (relative to the project). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** What is wrong and what to write instead. */
  message: string;
}

/** `file:line: message`, the form editors and terminals turn into links. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** Issues in file order, then line order, so a report reads top to bottom. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
