// Scoring search on the frozen query sets (tests/fixtures/search-frozen/): where the first result
// of each query leads, against the heading that answers it. Shared by `npm run bench:search-frozen`
// and the browser test that keeps the Keras set from falling back. Only evaluation reads the sets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { searchEach } from './search';

export interface FrozenQuery {
  query: string;
  kind: string;
  answer: string;
  alsoAccept?: string[];
}
export interface FrozenSet {
  policy: string;
  /** Where another project's policy was copied from (`repo` as `owner/name`); none for Keras's. */
  source?: { repo: string; path: string; commit: string; licence: string };
  queries: FrozenQuery[];
}
export interface Anchors {
  pages: { path: string; title: string; anchors: { id: string; title: string }[] }[];
}
export interface ScoredQuery extends FrozenQuery {
  landed: string;
  hit: boolean;
  want: string[];
  status: string;
}

export const frozenDir = join(import.meta.dirname, '../../fixtures/search-frozen');

export const frozenSet = (policy: string): FrozenSet =>
  JSON.parse(readFileSync(join(frozenDir, `${policy}.json`), 'utf8')) as FrozenSet;

/** Where a reader may land for an answer: the heading's own id, or the page when it is the page's title. */
export function acceptable(anchors: Anchors, answers: string[]): Set<string> {
  const wanted = new Set<string>();
  for (const page of anchors.pages) {
    for (const answer of answers) {
      if (page.title === answer) {
        wanted.add(page.path);
        for (const anchor of page.anchors)
          if (anchor.title === answer) wanted.add(`${page.path}#${anchor.id}`);
      }
      for (const anchor of page.anchors)
        if (anchor.title === answer && page.path !== '/' && page.path !== '/policy/')
          wanted.add(`${page.path}#${anchor.id}`);
    }
  }
  return wanted;
}

/**
 * Types every query of `set` into the dialog open in `page` (its first result is where ↓ Enter
 * goes) and scores each against `anchors`, the site's anchors.json, for a site under `base`.
 */
export async function scoreSet(
  page: Page,
  set: FrozenSet,
  anchors: Anchors,
  base: string,
): Promise<ScoredQuery[]> {
  const answers = await searchEach(
    page,
    set.queries.map((q) => q.query),
  );
  const path = (href: string | undefined) => (href ? `/${href.slice(base.length)}` : '(no result)');
  return set.queries.map((q, i) => {
    const want = acceptable(anchors, [q.answer, ...(q.alsoAccept ?? [])]);
    if (want.size === 0) throw new Error(`${set.policy}: "${q.answer}" is no heading of the built site`);
    const landed = path(answers[i]!.href);
    return { ...q, landed, hit: want.has(landed), want: [...want], status: answers[i]!.status };
  });
}

/** Hit@1 over all queries and by kind, for printing and for floors. */
export function ratesOf(rows: readonly ScoredQuery[]): { all: number; byKind: Record<string, number> } {
  const rate = (list: readonly ScoredQuery[]) => list.filter((r) => r.hit).length / list.length;
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return {
    all: rate(rows),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, rate(rows.filter((r) => r.kind === kind))])),
  };
}
