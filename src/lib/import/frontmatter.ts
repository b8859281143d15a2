import { Document, visit } from 'yaml';
import { policySectionFields, type PolicySectionData } from '../../schemas/policy';

/** Frontmatter only the site has: kept for a section that still exists when the policy is imported again. */
export const siteOnlyFields = [
  'description',
  'searchTerms',
  'redirectFrom',
  'anchorAliases',
  'lastUpdated',
] as const;

const descriptionLimit = 200;

/**
 * A first description for a new section: its first sentence, cut at a word to fit the schema's
 * 200 characters. The author is told to write a better one.
 */
export function firstSentence(text: string, title: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(folded)?.[0] ?? folded;
  if (sentence === '') return `${title}.`;
  if (sentence.length <= descriptionLimit) return sentence;
  const cut = sentence.slice(0, descriptionLimit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** A section file: frontmatter in the schema's order, then the body. */
export function sectionFile(
  data: Partial<PolicySectionData> & Record<string, unknown>,
  body: string,
): string {
  const ordered: Record<string, unknown> = {};
  for (const key of policySectionFields) {
    const value = data[key];
    if (value === undefined) continue;
    ordered[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  // Lists on one line, as the site's sections write them: `searchTerms: [XSS, checksum]`.
  const document = new Document(ordered);
  visit(document, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n${body.trim() === '' ? '' : `\n${body.trimEnd()}\n`}`;
}
