import type { PolicySectionData } from '../../schemas/policy';

/**
 * A section's extra search terms by the id of the heading they belong to: a plain list belongs
 * to the section's title (`titleId`), so it ranks the page itself.
 */
export function searchTermsByHeading(
  searchTerms: PolicySectionData['searchTerms'],
  titleId: string,
): Map<string, string[]> {
  if (searchTerms === undefined) return new Map();
  if (Array.isArray(searchTerms)) return new Map([[titleId, searchTerms]]);
  return new Map(Object.entries(searchTerms));
}
