import { parse as parseYaml } from 'yaml';

/** Front matter: `---` on the first line, YAML, `---` (or `...`) on a line of its own. */
const frontMatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A value as the text of one table cell: `|` escaped, line breaks as spaces. */
function cell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * A SECURITY.md with YAML front matter (`---` / `title: x` / `---` at the top) as GitHub shows it:
 * a table, its keys the header and their values one row. Read as Markdown, the block would be a
 * rule and a `title: x` heading. The table takes the front matter's first lines and blank lines
 * the rest, so every later line keeps its number for messages. Front matter that is not a YAML
 * mapping is left as written (GitHub shows an error there, not a table).
 */
export function frontMatterAsTable(source: string): string {
  const match = frontMatter.exec(source);
  if (!match) return source;
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch {
    return source;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return source;
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length === 0) return source;
  const table = [
    `| ${entries.map(([key]) => cell(key)).join(' | ')} |`,
    `| ${entries.map(() => '---').join(' | ')} |`,
    `| ${entries.map(([, value]) => cell(value)).join(' | ')} |`,
  ];
  const lines = match[0].replace(/\r?\n$/, '').split(/\r?\n/).length;
  const padding = Math.max(0, lines - table.length);
  return `${table.join('\n')}\n${'\n'.repeat(padding)}${source.slice(match[0].length)}`;
}
