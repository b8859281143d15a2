import { getCollection, render, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnchorIndex } from './anchors/index.js';
import { contentDir } from './content-dir';
import { introFileName } from './intro/read';
import { anchorIndex } from './anchors/model';
import { groupByPart, orderSections, type PolicyGroup } from './sections';

export type PolicySection = CollectionEntry<'policy'>;

export interface Policy {
  /** Sections in policy order. */
  sections: PolicySection[];
  /** The same sections, grouped as SECURITY.md nests them. */
  groups: PolicyGroup<PolicySection>[];
}

/** The policy's sections, ordered and grouped: what every page starts from. */
export async function getPolicy(): Promise<Policy> {
  const sections = orderSections(await getCollection('policy'));
  return { sections, groups: groupByPart(sections) };
}

/** `intro.mdx`, the text under the policy's title, when the content has one. */
export async function getIntro(): Promise<CollectionEntry<'intro'> | undefined> {
  // Asking for an empty collection makes Astro warn; having no intro is normal.
  if (!existsSync(join(contentDir, introFileName))) return undefined;
  return (await getCollection('intro'))[0];
}

let anchors: Promise<AnchorIndex> | undefined;

/**
 * Every page and heading readers can link to (`anchors.json`), for the site at `site`. Built
 * once per build: every page asks for it, and it reads every section.
 */
export function getAnchorIndex(site: URL | undefined): Promise<AnchorIndex> {
  // `astro dev` keeps this module between edits: there, read the content afresh every time.
  if (import.meta.env.DEV) return buildAnchorIndex(site);
  anchors ??= buildAnchorIndex(site);
  return anchors;
}

async function buildAnchorIndex(site: URL | undefined): Promise<AnchorIndex> {
  const { sections } = await getPolicy();
  const withHeadings = await Promise.all(
    sections.map(async (section) => {
      const { headings } = await render(section);
      return { ...section, headings: headings.map((h) => ({ id: h.slug, text: h.text })) };
    }),
  );
  return anchorIndex(withHeadings, site?.href ?? 'http://localhost/', import.meta.env.BASE_URL);
}
