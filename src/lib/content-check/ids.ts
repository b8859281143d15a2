// Heading ids and the former ids that lead to them: one meaning for every #id, policy-wide.
import { pageIdRoles } from '../constants';
import { groupByPart } from '../sections';
import { headingId } from '../slug';
import type { ContentIssue } from './issue';
import { reservedSlugs, type CheckedSection } from './section';

/** Every id must be unique across the policy, so `#id` means one heading wherever it is used. */
export function checkUniqueIds(ordered: readonly CheckedSection[], title: string): ContentIssue[] {
  const seen = new Map<string, string>([
    ...Object.entries(pageIdRoles).map(([id, role]): [string, string] => [
      id,
      `the page itself, for ${role}`,
    ]),
    [headingId(title), `the policy title "${title}"`],
  ]);
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

/** Former ids must name current headings of the section, and lead to one place only. */
export function checkAliases(ordered: readonly CheckedSection[], title: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const current = new Set([
    headingId(title),
    ...ordered.flatMap((s) => [headingId(s.data.title), ...s.headingIds]),
  ]);
  const slugs = new Set(ordered.map((s) => s.id));
  const aliases = new Map<string, string>();
  const formerPaths = new Map<string, string>();
  for (const section of ordered) {
    const ids = [headingId(section.data.title), ...section.headingIds];
    for (const [id, former] of Object.entries(section.data.anchorAliases)) {
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
    for (const slug of section.data.redirectFrom) {
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
