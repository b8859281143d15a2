/** A heading as Astro's `render()` reports it. */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

/**
 * The on-this-page contents: `##` headings with their `###` children (deeper ones are left to
 * the page, as a contents list that long stops helping).
 */
export function tableOfContents(headings: readonly HeadingLike[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    const item = { id: heading.slug, text: heading.text, children: [] };
    if (heading.depth === 2) items.push(item);
    else if (heading.depth === 3) (items.at(-1)?.children ?? items).push(item);
  }
  return items;
}
