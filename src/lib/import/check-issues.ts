import type { ImportNote } from './html';

/**
 * The content check's findings on the files the import wrote, told by the SECURITY.md's own lines:
 * each generated file (`content/policy/notes-1.mdx:2`) is named by the line of the heading it came
 * from, in the message too, so the user is pointed at the file they wrote, never at one the import
 * made.
 */
export function sourceIssues(
  issues: readonly { file: string; line: number; message: string }[],
  headingLines: ReadonlyMap<string, number>,
): ImportNote[] {
  const lineOf = (file: string) => headingLines.get(file) ?? 1;
  const files = [...headingLines.keys()].map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const mentioned = files.length > 0 ? new RegExp(`(${files.join('|')}):\\d+`, 'g') : undefined;
  return issues.map((issue) => ({
    line: lineOf(issue.file),
    message: mentioned
      ? issue.message.replace(mentioned, (_, file: string) => `line ${lineOf(file)}`)
      : issue.message,
  }));
}
