import { basename } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { policyTitle } from '../../config';
import type { PolicySectionData } from '../../schemas/policy';
import { anchorIndex } from '../anchor-model';
import { sectionPath } from '../paths';
import { groupByPart, orderSections, type SectionLike } from '../sections';
import { searchTermsByHeading } from '../search/terms';
import { headingId } from '../slug';
import { checkFrontmatter } from './frontmatter';
import { checkHeadings, type BodyHeading } from './headings';
import { sortIssues, type ContentIssue } from './issue';
import { checkLink, collectLinks } from './links';
import { parseContentFile } from './parse';
import { checkMdxCode } from './mdx-code';
import { checkNesting } from './nesting';
import { checkUnsafe } from './unsafe';

export { formatIssue, type ContentIssue } from './issue';

export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  source: string;
}

export interface CheckOptions {
  /** Components a section may use without importing them (the site passes them to MDX). */
  components: readonly string[];
}

/** A section as the checks read it: frontmatter, headings with lines, and its Markdown tree. */
export interface CheckedSection extends SectionLike {
  file: string;
  data: PolicySectionData;
  headings: BodyHeading[];
  headingIds: readonly string[];
  tree: Root;
  line: (key: string) => number;
}

function checkComponents(file: string, tree: Root, known: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    if (!/^[A-Z]/.test(name) || known.has(name)) return;
    issues.push({
      file,
      line: node.position?.start.line ?? 1,
      message: `unknown component <${name}>: the components sections can use are ${[...known].map((k) => `<${k} />`).join(', ')}`,
    });
  });
  return issues;
}

/** Every id must be unique across the policy, so `#id` means one heading wherever it is used. */
function checkUniqueIds(ordered: readonly CheckedSection[]): ContentIssue[] {
  const seen = new Map<string, string>([[headingId(policyTitle), `the policy title "${policyTitle}"`]]);
  const issues: ContentIssue[] = [];
  const claim = (id: string, what: string, file: string, line: number) => {
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, `${what} (${file}:${line})`);
    else
      issues.push({
        file,
        line,
        message: `${what} has the id "${id}", already taken by ${earlier}: rename one so links to #${id} stay unambiguous`,
      });
  };
  const parts = new Set<string>();
  for (const group of groupByPart(ordered)) {
    // A split part forms two groups; checkOrderAndParts reports that, so claim its id once.
    if (group.part && !parts.has(group.part.title)) {
      parts.add(group.part.title);
      const first = group.sections[0]!;
      claim(group.part.id, `part "${group.part.title}"`, first.file, first.line('part'));
    }
    for (const section of group.sections) {
      claim(
        headingId(section.data.title),
        `title "${section.data.title}"`,
        section.file,
        section.line('title'),
      );
      for (const heading of section.headings)
        claim(heading.id, `heading "${heading.text}"`, section.file, heading.line);
    }
  }
  return issues;
}

function checkOrderAndParts(ordered: readonly CheckedSection[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byOrder = new Map<number, CheckedSection>();
  for (const section of ordered) {
    const other = byOrder.get(section.data.order);
    if (other) {
      issues.push({
        file: section.file,
        line: section.line('order'),
        message: `order ${section.data.order} is also used by ${other.file}:${other.line('order')}: give each section its own order`,
      });
    } else byOrder.set(section.data.order, section);
  }
  const closedParts = new Set<string>();
  let current: string | undefined;
  for (const section of ordered) {
    const part = section.data.part;
    if (part !== current && current !== undefined) closedParts.add(current);
    if (part !== undefined && part !== current && closedParts.has(part)) {
      issues.push({
        file: section.file,
        line: section.line('part'),
        message: `part "${part}" is split by other sections: give the sections under one part consecutive orders`,
      });
    }
    current = part;
  }
  return issues;
}

/** Former ids must name current headings of the section, and lead to one place only. */
function checkAliases(ordered: readonly CheckedSection[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const current = new Set([
    headingId(policyTitle),
    ...ordered.flatMap((s) => [headingId(s.data.title), ...s.headingIds]),
  ]);
  const slugs = new Set(ordered.map((s) => s.id));
  const aliases = new Map<string, string>();
  const formerPaths = new Map<string, string>();
  for (const section of ordered) {
    const ids = [headingId(section.data.title), ...section.headingIds];
    for (const [id, former] of Object.entries(section.data.anchorAliases ?? {})) {
      const line = section.line('anchorAliases');
      if (!ids.includes(id)) {
        issues.push({
          file: section.file,
          line,
          message: `anchorAliases names "${id}", which is not a heading of this section: use one of ${ids.join(', ')}`,
        });
      }
      for (const alias of former) {
        const key = alias.toLowerCase();
        if (current.has(key)) {
          issues.push({
            file: section.file,
            line,
            message: `anchorAliases: "${alias}" is the id of a current heading, so it cannot also be a former id`,
          });
        } else if (aliases.has(key)) {
          issues.push({
            file: section.file,
            line,
            message: `anchorAliases: "${alias}" is already a former id in ${aliases.get(key)}: one old link can lead to one place only`,
          });
        } else aliases.set(key, section.file);
      }
    }
    for (const slug of section.data.redirectFrom ?? []) {
      const line = section.line('redirectFrom');
      if (slugs.has(slug) || reservedSlugs.includes(slug)) {
        issues.push({
          file: section.file,
          line,
          message: `redirectFrom: /${slug}/ is a page of the site, so it cannot also be a former address`,
        });
      } else if (formerPaths.has(slug)) {
        issues.push({
          file: section.file,
          line,
          message: `redirectFrom: /${slug}/ already leads to ${formerPaths.get(slug)}: one old address can lead to one place only`,
        });
      } else formerPaths.set(slug, section.file);
    }
  }
  return issues;
}

/** Search terms keyed by heading must name headings of the same section. */
function checkSearchTermKeys(section: CheckedSection): ContentIssue[] {
  const titleId = headingId(section.data.title);
  const ids = [titleId, ...section.headingIds];
  return [...searchTermsByHeading(section.data.searchTerms, titleId).keys()]
    .filter((id) => !ids.includes(id))
    .map((id) => ({
      file: section.file,
      line: section.line('searchTerms'),
      message: `searchTerms names "${id}", which is not a heading of this section: use one of ${ids.join(', ')}`,
    }));
}

/** Paths the site uses for itself, which no section or former address may take. */
const reservedSlugs = ['policy', 'pagefind', '404', '_astro', 'advisories', 'changes', '_nginx'];

/**
 * Checks the policy's sections the way a careful reviewer would, before Astro renders them:
 * frontmatter, heading levels, unique ids, order, parts, components, former addresses and every
 * link into the site. Returns every issue at once, each with its file and line, and the
 * sections in policy order.
 */
export function checkContent(
  files: readonly ContentFile[],
  options: CheckOptions,
): { issues: ContentIssue[]; sections: CheckedSection[] } {
  const issues: ContentIssue[] = [];
  const sections: CheckedSection[] = [];
  const known = new Set(options.components);
  for (const { file, source } of files) {
    const tooDeep = checkNesting(file, source);
    if (tooDeep) {
      issues.push(tooDeep);
      continue;
    }
    const { parsed, issues: parseIssues } = parseContentFile(file, source);
    issues.push(...parseIssues);
    if (!parsed) continue;
    const { data, issues: fieldIssues } = checkFrontmatter(parsed);
    const { headings, issues: headingIssues } = checkHeadings(file, parsed.tree);
    issues.push(
      ...fieldIssues,
      ...headingIssues,
      ...checkComponents(file, parsed.tree, known),
      ...checkUnsafe(file, parsed.tree),
      ...checkMdxCode(file, parsed.tree),
    );
    if (!data) continue;
    const slug = basename(file).replace(/\.mdx$/, '');
    // The file name is the page's address everywhere (the page, anchors.json, the lock,
    // SECURITY.md): it must be one already, not something a slug rule would change.
    if (headingId(slug) !== slug || slug === '') {
      issues.push({
        file,
        line: 1,
        message: `the file name "${basename(file)}" is the page's address, so it must be lower case, with - between words: rename it ${headingId(slug) || 'section'}.mdx`,
      });
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(headingId(data.title))) {
      issues.push({
        file,
        line: parsed.keyLines.get('title') ?? 1,
        message: `title "${data.title}" has no letter or digit to make the page's heading id from: add a word to it`,
      });
    }
    if (reservedSlugs.includes(slug)) {
      issues.push({
        file,
        line: 1,
        message: `the file name makes the page /${slug}/, which the site uses itself: rename the file`,
      });
    }
    sections.push({
      id: slug,
      file,
      data,
      headings,
      headingIds: headings.map((heading) => heading.id),
      tree: parsed.tree,
      line: (key) => parsed.keyLines.get(key) ?? parsed.frontmatterLine,
    });
  }
  if (files.length === 0) {
    issues.push({
      file: '(content)',
      line: 1,
      message: 'no policy sections found: add an .mdx file per section',
    });
  }

  const ordered = orderSections(sections);
  issues.push(...checkOrderAndParts(ordered), ...checkUniqueIds(ordered), ...checkAliases(ordered));
  // Content links are checked against the same index the site publishes as anchors.json.
  const pages = new Map(
    anchorIndex(ordered, 'http://localhost/', '/').pages.map((page) => [
      page.path,
      new Set(page.anchors.map((a) => a.id)),
    ]),
  );
  for (const section of ordered) {
    issues.push(...checkSearchTermKeys(section));
    for (const link of collectLinks(section.tree)) {
      const issue = checkLink(section.file, sectionPath(section.id), link, pages);
      if (issue) issues.push(issue);
    }
  }
  return { issues: sortIssues(issues), sections: ordered };
}
