// The content folder as the import finds it: each section's frontmatter and body, and which of
// them each section of the new SECURITY.md replaces (so a page keeps its address).
import { parse as parseYaml } from 'yaml';
import { reservedSlugs } from '../content-check/section';
import { headingId } from '../slug';
import { plainText } from './lost-lines';
import type { SourceSection } from './outline';
import type { ContentFiles } from './types';

/** Where the section files sit in the content folder. */
export const policyPrefix = 'policy/';

/** A page slug from a heading id: the id itself where it is one already. */
export function pageSlug(id: string, taken: ReadonlySet<string>): string {
  // GitHub keeps `_` in an id ("the-safe_mode-flag"); a page address has - between words.
  let slug = id
    .replace(/_+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  if (slug === '' || headingId(slug) !== slug || !/^[a-z0-9-]+$/.test(slug)) slug = 'section';
  if (reservedSlugs.includes(slug)) slug = `${slug}-section`;
  let unique = slug;
  for (let n = 2; taken.has(unique); n++) unique = `${slug}-${n}`;
  return unique;
}

export interface ExistingSection {
  slug: string;
  data: Record<string, unknown>;
  titleId: string;
  body: string;
  /** The file's line the body starts on. */
  bodyLine: number;
}

/** A file's frontmatter (as text) and body, and the line the body starts on. */
export function splitFile(source: string): { yaml: string | undefined; body: string; bodyLine: number } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  const body = match?.[2] ?? source;
  return {
    yaml: match?.[1],
    body,
    bodyLine: source.slice(0, source.length - body.length).split('\n').length,
  };
}

export function readExisting(existing: ContentFiles): ExistingSection[] {
  const sections: ExistingSection[] = [];
  for (const [path, source] of existing) {
    if (!path.startsWith(policyPrefix) || !path.endsWith('.mdx')) continue;
    const { yaml, body, bodyLine } = splitFile(source);
    const data = (yaml !== undefined ? (parseYaml(yaml) as Record<string, unknown> | null) : null) ?? {};
    const title = typeof data.title === 'string' ? data.title : '';
    sections.push({
      slug: path.slice(policyPrefix.length, -'.mdx'.length),
      data,
      titleId: headingId(title),
      body,
      bodyLine,
    });
  }
  return sections;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The section of the content each source section replaces: the one with its heading id, else a
 * section of another title whose words it mostly shares (a renamed heading keeps its page).
 */
export function matchExisting(
  sources: readonly SourceSection[],
  existing: readonly ExistingSection[],
  textOf: (section: ExistingSection) => readonly string[],
): (ExistingSection | undefined)[] {
  const byTitleId = new Map(existing.map((section) => [section.titleId, section]));
  const matched: (ExistingSection | undefined)[] = sources.map((section) => byTitleId.get(section.id));
  const free = existing.filter((section) => !matched.includes(section));
  sources.forEach((section, i) => {
    if (matched[i] || free.length === 0) return;
    const mine = words(plainText({ type: 'root', children: section.nodes }));
    let best: { section: ExistingSection; score: number } | undefined;
    for (const candidate of free) {
      const theirs = words(textOf(candidate).join(' '));
      const shared = [...mine].filter((word) => theirs.has(word)).length;
      const score = shared / Math.max(1, Math.min(mine.size, theirs.size));
      if (score >= 0.6 && (!best || score > best.score)) best = { section: candidate, score };
    }
    if (best) {
      matched[i] = best.section;
      free.splice(free.indexOf(best.section), 1);
    }
  });
  return matched;
}
