import { comparable } from './lost-lines';

/** A section as the comparison reads it: its page, title and text. */
export interface SectionText {
  slug: string;
  title: string;
  /** Its text, block by block (paragraphs, list items, cells). */
  blocks: readonly string[];
}

export interface SectionChange {
  slug: string;
  title: string;
  added: string[];
  removed: string[];
}

/** What an import changes, section by section, in words a maintainer reviews. */
export interface ImportChanges {
  added: { slug: string; title: string }[];
  removed: { slug: string; title: string }[];
  renamed: { slug: string; from: string; to: string }[];
  changed: SectionChange[];
}

/** A block's sentences: split after . ! or ? followed by a space. */
export function sentences(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) =>
    block
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => sentence !== ''),
  );
}

/** The sentences of `a` that `b` lacks, in `a`'s order. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const have = new Map<string, number>();
  for (const sentence of b) have.set(comparable(sentence), (have.get(comparable(sentence)) ?? 0) + 1);
  return a.filter((sentence) => {
    const key = comparable(sentence);
    const left = have.get(key) ?? 0;
    if (left > 0) have.set(key, left - 1);
    return left === 0;
  });
}

/** Sections before and after, matched by page: added, removed, renamed, and the sentences that changed. */
export function compareSections(
  before: readonly SectionText[],
  after: readonly SectionText[],
): ImportChanges {
  const old = new Map(before.map((section) => [section.slug, section]));
  const changes: ImportChanges = { added: [], removed: [], renamed: [], changed: [] };
  for (const section of after) {
    const previous = old.get(section.slug);
    if (!previous) {
      changes.added.push({ slug: section.slug, title: section.title });
      continue;
    }
    old.delete(section.slug);
    if (previous.title !== section.title)
      changes.renamed.push({ slug: section.slug, from: previous.title, to: section.title });
    const now = sentences(section.blocks);
    const then = sentences(previous.blocks);
    const added = missingFrom(now, then);
    const removed = missingFrom(then, now);
    if (added.length > 0 || removed.length > 0)
      changes.changed.push({ slug: section.slug, title: section.title, added, removed });
  }
  for (const section of old.values()) changes.removed.push({ slug: section.slug, title: section.title });
  return changes;
}
