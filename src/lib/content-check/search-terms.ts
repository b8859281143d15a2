import { searchTermsByHeading } from '../search/terms';
import { headingId } from '../slug';
import type { ContentIssue } from './issue';
import type { CheckedSection } from './section';

/** Search terms keyed by heading must name headings of the same section. */
export function checkSearchTermKeys(section: CheckedSection): ContentIssue[] {
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
