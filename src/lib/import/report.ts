import type { ImportResult } from './index';

export interface ReportOptions {
  /** The source as the user named it. */
  from: string;
  contentName: string;
  elapsed: number;
  /** Only what stops the import. */
  problemsOnly?: boolean;
  /** Worded for `--check`: nothing was written. */
  check?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const quote = (text: string, max = 160) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

/** What the import did, as the command prints it: problems first, then changes, then what would break. */
export function formatReport(result: ImportResult, options: ReportOptions): string {
  const { from, contentName } = options;
  const lines: string[] = [];
  if (result.errors.length > 0 || result.lost.length > 0) {
    lines.push(`${from} was not imported: ${contentName}/ is unchanged.`);
    for (const error of result.errors)
      lines.push(error.line > 0 ? `  ${from}:${error.line}: ${error.message}` : `  ${error.message}`);
    if (result.lost.length > 0) {
      lines.push(
        `  ${plural(result.lost.length, 'line')} of the file would not appear on the site (please report this as a bug of the import):`,
      );
      for (const lost of result.lost) lines.push(`    ${from}:${lost.line}: ${quote(lost.text.trim())}`);
    }
    return lines.join('\n');
  }
  if (options.problemsOnly) return '';

  const sections = [...result.files.keys()].filter((path) => path.startsWith('policy/')).length;
  lines.push(
    options.check
      ? `${contentName}/ differs from ${from} (run \`npm run import -- ${from}\` to bring it in step):`
      : `Imported ${from} into ${contentName}/: “${result.title}”, ${plural(sections, 'section')} (${Math.round(options.elapsed)} ms).`,
  );
  const { added, removed, renamed, changed } = result.changes;
  for (const section of added)
    lines.push(`  added    ${section.title} (${contentName}/policy/${section.slug}.mdx)`);
  for (const section of removed)
    lines.push(`  removed  ${section.title} (${contentName}/policy/${section.slug}.mdx)`);
  for (const section of renamed)
    lines.push(`  renamed  ${section.from} → ${section.to} (${contentName}/policy/${section.slug}.mdx)`);
  for (const section of changed) {
    lines.push(`  changed  ${section.title} (${contentName}/policy/${section.slug}.mdx)`);
    for (const sentence of section.removed) lines.push(`    - ${quote(sentence)}`);
    for (const sentence of section.added) lines.push(`    + ${quote(sentence)}`);
  }
  if (added.length + removed.length + renamed.length + changed.length === 0)
    lines.push('  No section’s text changed.');
  for (const range of result.leftOut)
    lines.push(
      `  left out ${from}:${range.line}${range.endLine > range.line ? `–${range.endLine}` : ''}: ${range.reason}`,
    );
  for (const note of result.notes) lines.push(`  note     ${from}:${note.line}: ${note.message}`);
  for (const comment of result.droppedComments)
    lines.push(
      `  dropped  ${comment.file}:${comment.line}: ${quote(comment.text.trim())}, a comment only the site had: the text it stood beside is gone or changed; put it back by hand if it still matters`,
    );
  if (result.broken.length === 0) lines.push('No published address breaks.');
  else {
    lines.push(
      `${plural(result.broken.length, 'published address')} would break; the build refuses until each is kept:`,
    );
    for (const problem of result.broken) lines.push(`  ${problem}`);
  }
  if (!options.check)
    lines.push(
      'Next: `npm run anchors:lock` records new addresses; `npm run security-md` writes SECURITY.md from the content.',
    );
  return lines.join('\n');
}
