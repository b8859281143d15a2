import { policyTitle } from '../config';
import { fullPolicyPath, sectionPath } from './paths';
import { groupByPart, type SectionLike } from './sections';
import { headingId } from './slug';

/** A section with the ids of its body headings. */
export interface SectionWithHeadings extends SectionLike {
  headingIds: readonly string[];
}

/** Home's path: the overview. */
export const homePath = '/';

/**
 * Every page of the site and the ids it carries, as the pages render them. The overview lists
 * parts and sections; each section page its title and body; the one-page policy everything.
 * Content links are checked against this, and the build-output tests check the pages match it.
 */
export function pageAnchors(ordered: readonly SectionWithHeadings[]): Map<string, Set<string>> {
  const home = new Set([headingId(policyTitle)]);
  for (const group of groupByPart(ordered)) {
    if (group.part) home.add(group.part.id);
    for (const section of group.sections) home.add(headingId(section.data.title));
  }
  const pages = new Map<string, Set<string>>([[homePath, home]]);
  const everything = new Set(home);
  for (const section of ordered) {
    const ids = [headingId(section.data.title), ...section.headingIds];
    pages.set(sectionPath(section.id), new Set(ids));
    for (const id of ids) everything.add(id);
  }
  pages.set(fullPolicyPath, everything);
  return pages;
}
