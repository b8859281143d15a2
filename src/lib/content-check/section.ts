// A section as the checks read it, and what they share.
import type { Root } from 'mdast';
import type { PolicySectionData } from '../../schemas/policy';
import type { SectionLike } from '../sections';
import type { parseContentFile } from './parse';
import type { BodyHeading } from './headings';

export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  source: string;
}

export interface CheckOptions {
  /** Components a section may use without importing them (the site passes them to MDX). */
  components: readonly string[];
  /** `intro.mdx`, the title and the text before the first section, when the content has one. */
  intro?: ContentFile | undefined;
  /** The ids of the advisories the site publishes (`/advisories/<id>/`): a link to any other is broken. */
  advisories?: readonly string[] | undefined;
  /** Files parsed already (by their text), read instead of parsing them again: the import parses each as it writes it. */
  parsed?: ReadonlyMap<string, ReturnType<typeof parseContentFile>> | undefined;
}

/** A section as the checks read it: frontmatter, headings with lines, and its Markdown tree. */
export interface CheckedSection extends SectionLike {
  file: string;
  data: PolicySectionData;
  headings: BodyHeading[];
  headingIds: string[];
  tree: Root;
  line: (key: string) => number;
}

/** Paths the site uses for itself, which no section or former address may take. */
export const reservedSlugs = ['policy', 'pagefind', '404', '_astro', 'advisories', 'changes', '_nginx'];
