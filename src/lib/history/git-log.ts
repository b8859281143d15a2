/** One commit that changed the policy. */
export interface Revision {
  commit: string;
  date: Date;
  /**
   * The `Policy-Change:` trailer when the commit has one (written for readers), else its
   * subject. A commit whose trailer is `none` is no revision (see `readersSeeNoChange`).
   */
  summary: string;
  /** Policy files it changed, relative to the repository. */
  files: string[];
}

/** Separators `gitLogArgs` asks git for: between commits, and between fields. */
const recordSeparator = '\u001e';
const fieldSeparator = '\u001f';

/** Arguments for `git log` whose output `parseGitLog` reads: newest first, with changed files. */
export function gitLogArgs(path: string): string[] {
  return [
    'log',
    '--no-renames',
    // Paths relative to the working folder (the project), as the content check names files.
    '--relative',
    `--format=${recordSeparator}%H${fieldSeparator}%cI${fieldSeparator}%s${fieldSeparator}%(trailers:key=Policy-Change,valueonly,separator=%x20)${fieldSeparator}`,
    '--name-only',
    '--',
    path,
  ];
}

/** The revisions in `git log` output made with `gitLogArgs`, newest first. */
export function parseGitLog(output: string): Revision[] {
  return output
    .split(recordSeparator)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [commit = '', date = '', subject = '', trailer = '', names = ''] = record.split(fieldSeparator);
      return {
        commit,
        date: new Date(date),
        summary: trailer.trim() || subject.trim(),
        files: names
          .split('\n')
          .map((name) => name.trim())
          .filter((name) => name.endsWith('.mdx')),
      };
    })
    .filter((revision) => revision.files.length > 0 && !readersSeeNoChange(revision.summary));
}

/**
 * `Policy-Change: none` marks a commit that changed only what readers do not see (search terms,
 * a section's description): it is no revision of the policy, and moves no "Last changed" date.
 */
export const readersSeeNoChange = (trailer: string) => trailer.trim().toLowerCase() === 'none';

/** When a file last changed: its newest revision, or undefined when git has none. */
export function lastChanged(file: string, revisions: readonly Revision[]): Date | undefined {
  return revisions.find((revision) => revision.files.includes(file))?.date;
}

/** Arguments for `git log` whose output `parseRenames` reads: each rename of a file under `path`. */
export function gitRenameArgs(path: string): string[] {
  return ['log', '-M', '--diff-filter=R', '--name-status', '--relative', '--format=', '--', path];
}

/** Each renamed file's newer name, by its older one, from `git log` made with `gitRenameArgs`. */
export function parseRenames(output: string): Map<string, string> {
  const renames = new Map<string, string>();
  for (const line of output.split('\n')) {
    const [status = '', from, to] = line.split('\t');
    // Newest first: a file renamed twice keeps the rename that happened to it first in the list.
    if (status.startsWith('R') && from && to && !renames.has(from)) renames.set(from, to);
  }
  return renames;
}

/** The name a file has now, following its renames; as given when it was never renamed. */
export function currentName(file: string, renames: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  let name = file;
  while (renames.has(name) && !seen.has(name)) {
    seen.add(name);
    name = renames.get(name)!;
  }
  return name;
}
