import { getCollection, type CollectionEntry } from 'astro:content';
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
