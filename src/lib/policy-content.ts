import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir';
import { introFileName } from './intro/read';
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
