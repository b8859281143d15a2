import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import { advisoryFields, advisoryId, advisorySchema, type AdvisoryData } from '../../schemas/advisory';
import { checkFrontmatter } from './frontmatter';
import { checkHeadings } from './headings';
import type { ContentFile } from './index';
import { sortIssues, type ContentIssue } from './issue';
import { parseContentFile } from './parse';
import { checkUnsafe } from './unsafe';

export interface CheckedAdvisory {
  /** The primary id (GHSA, else CVE), also the file name and the page's slug. */
  id: string;
  file: string;
  data: AdvisoryData;
  /** The details: the body as written, Markdown, for OSV's `details`. */
  details: string;
}

/**
 * Checks the advisories (`content/advisories/*.mdx`): frontmatter against the one schema, the
 * file named after the advisory's id, ids used once, and a body of plain Markdown (no
 * components or JSX, since OSV carries it as Markdown to scanners), with nothing that runs script.
 */
export function checkAdvisories(files: readonly ContentFile[]): {
  issues: ContentIssue[];
  advisories: CheckedAdvisory[];
} {
  const issues: ContentIssue[] = [];
  const advisories: CheckedAdvisory[] = [];
  const owners = new Map<string, string>();
  for (const { file, source } of files) {
    const { parsed, issues: parseIssues } = parseContentFile(
      file,
      source,
      'ghsa or cve, summary, severity, affected and published',
    );
    issues.push(...parseIssues);
    if (!parsed) continue;
    const { data, issues: fieldIssues } = checkFrontmatter(parsed, advisorySchema, advisoryFields);
    issues.push(
      ...fieldIssues,
      ...checkHeadings(file, parsed.tree).issues,
      ...checkUnsafe(file, parsed.tree),
    );
    visit(parsed.tree, (node) => {
      if (
        ![
          'mdxJsxFlowElement',
          'mdxJsxTextElement',
          'mdxjsEsm',
          'mdxFlowExpression',
          'mdxTextExpression',
        ].includes(node.type)
      )
        return;
      issues.push({
        file,
        line: node.position?.start.line ?? 1,
        message:
          'advisories are plain Markdown (scanners read them as OSV): remove the component, import or {expression}',
      });
    });
    if (!data) continue;
    const id = advisoryId(data);
    const line = (key: string) => parsed.keyLines.get(key) ?? parsed.frontmatterLine;
    if (basename(file, '.mdx') !== id) {
      issues.push({
        file,
        line: line(data.ghsa ? 'ghsa' : 'cve'),
        message: `the file must be named after the advisory's id: rename it to ${id}.mdx`,
      });
    }
    for (const key of ['ghsa', 'cve'] as const) {
      const value = data[key];
      if (!value) continue;
      const owner = owners.get(value);
      if (owner)
        issues.push({
          file,
          line: line(key),
          message: `${value} is already the id of ${owner}: each advisory has its own`,
        });
      else owners.set(value, file);
    }
    const yamlEnd = parsed.tree.children[0]?.position?.end.offset ?? 0;
    advisories.push({ id, file, data, details: source.slice(yamlEnd).trim() });
  }
  advisories.sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
  return { issues: sortIssues(issues), advisories };
}
