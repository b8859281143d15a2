import { headingId } from './slug';

/** The little of a section this module needs; content entries satisfy it. */
export interface SectionLike {
  id: string;
  data: {
    title: string;
    /** The heading with its formatting, when it has any (src/lib/markdown/heading-markdown.ts). */
    heading?: string | undefined;
    description: string;
    order: number;
    part?: string | undefined;
  };
}

/** Sections in policy order: `order` from frontmatter, never file names. */
export function orderSections<T extends SectionLike>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.data.order - b.data.order);
}

export interface Neighbours<T> {
  prev: T | undefined;
  next: T | undefined;
}

/** The sections before and after one, in policy order. */
export function neighbours<T extends SectionLike>(ordered: readonly T[], id: string): Neighbours<T> {
  const index = ordered.findIndex((section) => section.id === id);
  if (index === -1) throw new Error(`No section with id "${id}"`);
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/** A run of consecutive sections: under one part heading, or a single top-level section. */
export interface PolicyGroup<T> {
  /** The part heading ("Using Keras Securely") and its id, when the sections sit under one. */
  part: { title: string; id: string } | undefined;
  sections: T[];
}

/** Groups ordered sections the way SECURITY.md nests them. */
export function groupByPart<T extends SectionLike>(ordered: readonly T[]): PolicyGroup<T>[] {
  const groups: PolicyGroup<T>[] = [];
  for (const section of ordered) {
    const title = section.data.part;
    const last = groups.at(-1);
    if (title !== undefined && last?.part?.title === title) {
      last.sections.push(section);
    } else {
      groups.push({
        part: title === undefined ? undefined : { title, id: headingId(title) },
        sections: [section],
      });
    }
  }
  return groups;
}

/** Heading level of a section's title in the one-page policy: under a part it is one deeper. */
export function sectionLevel(section: SectionLike): 2 | 3 {
  return section.data.part === undefined ? 2 : 3;
}

/** Sections a page's navigation lists in full; a longer policy lists only the reader's neighbourhood. */
export const navFullListLimit = 30;

/** How many sections around the current one a longer policy's navigation lists. */
export const navWindow = 12;

/**
 * What a page's navigation lists. Up to `limit` sections it is the whole policy. Beyond, every
 * page listing every section would make each page grow with the policy (1,000 sections would
 * be 80 KB of links per page), so it lists the current section's group, at most `window`
 * sections around it, and says how many it left out: the overview lists them all.
 */
export function navGroups<T extends SectionLike>(
  groups: readonly PolicyGroup<T>[],
  current: string | undefined,
  limit = navFullListLimit,
  window = navWindow,
): { groups: PolicyGroup<T>[]; omitted: number } {
  const total = groups.reduce((sum, group) => sum + group.sections.length, 0);
  if (total <= limit) return { groups: [...groups], omitted: 0 };
  const home = groups.find((group) => group.sections.some((section) => section.id === current));
  if (!home) return { groups: [], omitted: total };
  const index = home.sections.findIndex((section) => section.id === current);
  const start = Math.max(0, Math.min(index - Math.floor(window / 2), home.sections.length - window));
  const sections = home.sections.slice(start, start + window);
  return { groups: [{ part: home.part, sections }], omitted: total - sections.length };
}

/**
 * A title about reporting itself ("Reporting a Vulnerability", "How to report", "Report security
 * issues", "When to report a vulnerability"), not one that mentions reports ("Supported Versions
 * for security reports").
 */
const aboutReporting =
  /^((how|where|when) to )?report(ing)?\b|\breport(ing)? (an? |security |any )*(vulnerabilit|bug|issue|problem|flaw)/i;

/** What the reporting section is told by, besides its title: as a section's source reads. */
export interface ReportingFacts {
  /** It shows the configured channels (`<ReportingChannels />`). */
  channels: boolean;
  /** Its subsections' headings. */
  subheadings: readonly string[];
}

/**
 * The section that tells readers how to report a vulnerability: the one that shows the configured
 * channels; else the first whose title (or part) is about reporting; else the first with a
 * subsection about it ("When to report a vulnerability" under "Private Disclosure Process"); else
 * the first whose title or part speaks of reports at all. `facts` reads a section's source (the
 * policy model's `reporting`, src/lib/policy-model/read.ts).
 */
export function reportingSection<T extends SectionLike>(
  ordered: readonly T[],
  facts: (section: T) => ReportingFacts,
): T | undefined {
  const titled = (test: (text: string) => boolean) => (section: T) =>
    test(section.data.title) || test(section.data.part ?? '');
  return (
    ordered.find((section) => facts(section).channels) ??
    ordered.find(titled((text) => aboutReporting.test(text))) ??
    ordered.find((section) => facts(section).subheadings.some((heading) => aboutReporting.test(heading))) ??
    ordered.find(titled((text) => /\breport/i.test(text)))
  );
}
