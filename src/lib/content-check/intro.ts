import type { Root } from 'mdast';
import { policyIntroSchema, type PolicyIntroData } from '../../schemas/intro';
import { checkComponents } from './components';
import { checkFrontmatter } from './frontmatter';
import { htmlHeadings } from './headings';
import type { ContentIssue } from './issue';
import { checkMdxCode } from './mdx-code';
import { parseContentFile } from './parse';
import type { ContentFile } from './section';
import { checkUnsafe } from './unsafe';

/**
 * `intro.mdx`: the policy's title in frontmatter, and text without headings (a heading would start
 * a section, which has a file of its own). The same rules for code and HTML as a section.
 */
export function checkIntro(
  { file, source }: ContentFile,
  components: ReadonlySet<string>,
): { issues: ContentIssue[]; title?: string; tree: Root } {
  const { parsed, issues } = parseContentFile(file, source, 'the policy title');
  if (!parsed) return { issues, tree: { type: 'root', children: [] } };
  const { data, issues: fieldIssues } = checkFrontmatter<PolicyIntroData>(parsed, policyIntroSchema, [
    'title',
  ]);
  issues.push(
    ...fieldIssues,
    ...checkComponents(file, parsed.tree, components),
    ...checkUnsafe(file, parsed.tree),
    ...checkMdxCode(file, parsed.tree),
  );
  for (const node of parsed.tree.children)
    if (node.type === 'heading')
      issues.push({
        file,
        line: node.position?.start.line ?? 1,
        message:
          'the intro holds the text before the first section, without headings: move this heading and its text into a section file under policy/',
      });
  for (const { depth, line } of htmlHeadings(parsed.tree))
    issues.push({
      file,
      line,
      message: `<h${depth}> in the intro: the intro holds the text before the first section, without headings (its title is the frontmatter's); move this heading and its text into a section file under policy/`,
    });
  return { issues, tree: parsed.tree, ...(data ? { title: data.title } : {}) };
}
