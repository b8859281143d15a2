import { getCollection, type CollectionEntry } from 'astro:content';
import { advisoryId } from '../../schemas/advisory';
import type { AdvisoryInput } from './osv';
import { hasAdvisories } from '../content-dir';

export type AdvisoryEntry = CollectionEntry<'advisories'>;

export interface Advisory extends AdvisoryInput {
  entry: AdvisoryEntry;
}

/** The published advisories, newest first, each with its id (GHSA, else CVE) and Markdown details. */
export async function getAdvisories(): Promise<Advisory[]> {
  if (!hasAdvisories()) return [];
  const entries = await getCollection('advisories');
  return entries
    .map((entry) => ({
      id: advisoryId(entry.data),
      data: entry.data,
      details: (entry.body ?? '').trim(),
      entry,
    }))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
}
