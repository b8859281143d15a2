import GithubSlugger from 'github-slugger';
import { pageIds } from '../constants';
import { groupByPart, type SectionLike } from '../sections';

/** A section with the texts of its body's headings, in order. */
export interface SectionHeadings extends SectionLike {
  headings: readonly { text: string }[];
}

/**
 * The ids of each section's body headings: the ids GitHub gives them in SECURITY.md, where one
 * counter runs over the whole file (the title, each part, each section title, each heading), so
 * a second "Scope" is `scope-1` wherever it is. Links written against SECURITY.md work here, and
 * an id means one heading across the site. Titles and parts keep the id of their own text; the
 * content check refuses a title whose id an earlier heading took. The page's own ids
 * (src/lib/constants.ts) count as taken first, so a heading "Main" is `main-1`, never the
 * landmark's id.
 */
export function policyHeadingIds(title: string, ordered: readonly SectionHeadings[]): Map<string, string[]> {
  const slugger = new GithubSlugger();
  for (const id of Object.values(pageIds)) slugger.slug(id);
  slugger.slug(title);
  const ids = new Map<string, string[]>();
  for (const group of groupByPart(ordered)) {
    if (group.part) slugger.slug(group.part.title);
    for (const section of group.sections) {
      slugger.slug(section.data.title);
      ids.set(
        section.id,
        section.headings.map((heading) => slugger.slug(heading.text)),
      );
    }
  }
  return ids;
}
