// A section's frontmatter as the import writes it: its title and heading, its first sentence as
// its description, its place, and the fields only the site has kept from the file it had.
import type { Root } from 'mdast';
import { firstSentence, siteOnlyFields } from './frontmatter';
import { headingConverter } from './heading-field';
import type { ImportNote } from './html';
import { plainText } from './lost-lines';
import type { SourceSection } from './outline';

export interface SectionDataInput {
  section: SourceSection;
  /** 0-based place in the file. */
  index: number;
  /** The frontmatter of the file the section keeps, if it keeps one. */
  kept: { data: Record<string, unknown> } | undefined;
  /** The file it is written to, for the notes. */
  file: string;
  /** Ids of the headings in its body. */
  headingIds: readonly string[];
  headingOf: ReturnType<typeof headingConverter>;
  notes: ImportNote[];
}

export function sectionData({ section, index, kept, file, headingIds, headingOf, notes }: SectionDataInput) {
  const firstParagraph = section.nodes.find((n) => n.type === 'paragraph' && plainText(n).trim() !== '');
  const paragraphs: Root = { type: 'root', children: firstParagraph ? [firstParagraph] : [] };
  const data: Record<string, unknown> = {
    title: section.text,
    ...headingOf(section),
    description: firstSentence(plainText(paragraphs), section.text),
    order: index + 1,
    ...(section.part ? { part: section.part.text } : {}),
  };
  if (!kept)
    notes.push({
      line: section.line,
      message: `new section "${section.text}": its description is its first sentence; write a better one in ${file}`,
    });
  for (const field of siteOnlyFields)
    if (kept?.data[field] !== undefined) data[field] = structuredClone(kept.data[field]);
  // Search terms of a heading that is gone would fail the content check: they go, said so.
  const terms = data.searchTerms;
  if (terms && typeof terms === 'object' && !Array.isArray(terms)) {
    const ids = new Set([section.id, ...headingIds]);
    for (const key of Object.keys(terms))
      if (!ids.has(key)) {
        delete (terms as Record<string, unknown>)[key];
        notes.push({
          line: section.line,
          message: `searchTerms for #${key} in ${file}: that heading is gone, so its terms are left out`,
        });
      }
  }
  return data;
}
