// The pages search indexes: the section pages, from the build or from the dev server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinBase, sectionPath } from '../../lib/paths';
import { searchTermsByHeading } from '../../lib/search/terms';
import { headingId } from '../../lib/slug';
import type { PolicyModel } from '../../lib/policy-model';

/** Marks the pages that hold policy text; Pagefind indexes nothing else. */
const bodyMarker = 'data-pagefind-body';

export interface IndexPage {
  /** Site path, without the base path: the index stores site paths. */
  url: string;
  html: string;
}

export type TermsByPage = Map<string, Map<string, string[]>>;

/**
 * Each section page's site path and its search terms by heading id, from the frontmatter.
 * Sections with invalid frontmatter are left out: the content check stops the build on them.
 */
export function sectionTerms(model: PolicyModel): TermsByPage {
  return new Map(
    model.sections.map((section) => [
      sectionPath(section.id),
      searchTermsByHeading(section.data.searchTerms, headingId(section.data.title)),
    ]),
  );
}

/**
 * The site path of the section that says how to report a vulnerability; with none, the
 * overview's, whose opening words are then where a policy says it ("Security vulnerabilities
 * should be disclosed to the project maintainers through…" before any section).
 */
export function reportingPath(model: PolicyModel): string {
  return model.reporting ? sectionPath(model.reporting.id) : '/';
}

/** The built pages that hold policy text (sections, the overview's opening words), with the site path each is served at. */
export function builtPages(outDir: string): IndexPage[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
      html: readFileSync(join(outDir, file), 'utf8'),
    }))
    .filter((page) => page.html.includes(bodyMarker));
}

/**
 * The pages that hold policy text as the dev server at `origin` renders them: the section pages,
 * and the overview when the policy has opening words of its own.
 */
export async function devPages(origin: string, base: string, terms: TermsByPage): Promise<IndexPage[]> {
  const pages: IndexPage[] = [];
  for (const url of ['/', ...terms.keys()]) {
    const response = await fetch(origin + joinBase(base, url));
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const html = await response.text();
    if (html.includes(bodyMarker)) pages.push({ url, html });
  }
  return pages;
}
