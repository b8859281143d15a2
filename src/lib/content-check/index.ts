import type { Root } from 'mdast';
import { basename } from 'node:path';
import { policyHeadingIds } from '../anchors/heading-ids';
import { anchorIndex } from '../anchors/model';
import { defaultPolicyTitle } from '../intro/read';
import { homePath, sectionPath } from '../paths';
import { orderSections } from '../sections';
import { headingId } from '../slug';
import { checkComponents } from './components';
import { checkFrontmatter } from './frontmatter';
import { headingText, readsAs } from '../markdown/heading-markdown';
import { checkHeadings } from './headings';
import { checkIntro } from './intro';
import { sortIssues, type ContentIssue } from './issue';
import { checkAliases, checkUniqueIds } from './ids';
import { checkLink, collectLinks } from './links';
import { parseContentFile } from './parse';
import { checkMdxCode } from './mdx-code';
import { checkNesting } from './nesting';
import { checkOrderAndParts } from './order';
import { checkSearchTermKeys } from './search-terms';
import { reservedSlugs, type CheckedSection, type CheckOptions, type ContentFile } from './section';
import { checkUnsafe } from './unsafe';

export { formatIssue, type ContentIssue } from './issue';
export type { CheckedSection, CheckOptions, ContentFile } from './section';

/**
 * Checks the policy's sections the way a careful reviewer would, before Astro renders them:
 * frontmatter, heading levels, unique ids, order, parts, components, former addresses and every
 * link into the site. Returns every issue at once, each with its file and line, and the
 * sections in policy order.
 */
export function checkContent(
  files: readonly ContentFile[],
  options: CheckOptions,
): { issues: ContentIssue[]; sections: CheckedSection[]; title: string; intro?: { tree: Root } | undefined } {
  const issues: ContentIssue[] = [];
  const sections: CheckedSection[] = [];
  const known = new Set(options.components);
  for (const { file, source } of files) {
    const tooDeep = checkNesting(file, source);
    if (tooDeep) {
      issues.push(tooDeep);
      continue;
    }
    const { parsed, issues: parseIssues } =
      options.parsed?.get(source) ?? parseContentFile(file, source, undefined, options.treeOf);
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
    if (data.heading !== undefined && !readsAs(data.heading, data.title)) {
      issues.push({
        file,
        line: parsed.keyLines.get('heading') ?? 1,
        message: `heading "${data.heading}" reads "${headingText(data.heading)}", and title "${data.title}": make title the heading's text (the navigation and the heading's id use it)`,
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

  const intro = options.intro ? checkIntro(options.intro, known) : undefined;
  if (intro) issues.push(...intro.issues);
  const title = intro?.title ?? defaultPolicyTitle;
  const ordered = orderSections(sections);
  // Body headings get the ids GitHub gives them in SECURITY.md: one counter across the policy.
  const ids = policyHeadingIds(title, ordered);
  for (const section of ordered) {
    const sectionIds = ids.get(section.id) ?? [];
    section.headings.forEach((heading, i) => (heading.id = sectionIds[i] ?? heading.id));
    section.headingIds = section.headings.map((heading) => heading.id);
  }
  issues.push(
    ...checkOrderAndParts(ordered),
    ...checkUniqueIds(ordered, title),
    ...checkAliases(ordered, title),
  );
  // Content links are checked against the same index the site publishes as anchors.json.
  const targets = {
    pages: new Map(
      anchorIndex(ordered, 'http://localhost/', '/', title).pages.map((page) => [
        page.path,
        new Set(page.anchors.map((a) => a.id)),
      ]),
    ),
    advisories: new Set(options.advisories ?? []),
  };
  for (const link of intro ? collectLinks(intro.tree) : []) {
    const issue = checkLink(options.intro!.file, homePath, link, targets);
    if (issue) issues.push(issue);
  }
  for (const section of ordered) {
    issues.push(...checkSearchTermKeys(section));
    for (const link of collectLinks(section.tree)) {
      const issue = checkLink(section.file, sectionPath(section.id), link, targets);
      if (issue) issues.push(issue);
    }
  }
  return { issues: sortIssues(issues), sections: ordered, title, intro };
}
