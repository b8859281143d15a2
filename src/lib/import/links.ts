import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { repositoryImageUrl } from '../image-sources';
import type { SourceHeading, SourceSection } from './outline';

/** GitHub's ids of the headings among `nodes`, in order. */
export function sectionHeadings(
  nodes: readonly RootContent[],
  byLine: ReadonlyMap<number, SourceHeading>,
): SourceHeading[] {
  const found: SourceHeading[] = [];
  for (const node of nodes)
    visit(node, 'heading', (heading) => {
      const known = byLine.get(heading.position?.start.line ?? 0);
      if (known) found.push(known);
    });
  return found;
}

export interface LinkContext {
  sections: readonly { section: SourceSection; slug: string }[];
  /** GitHub's ids of the body headings of each section, in order (sectionHeadings). */
  headingIds: readonly (readonly string[])[];
  /** GitHub's id of the file's `#` title, when it has one. */
  titleId?: string | undefined;
  repositoryUrl: string;
  /** Path of the file in its repository: relative links resolve from its folder. */
  sourcePath: string;
  /** The site's address with its base, ending in `/`. */
  siteUrl: string;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The heading id a `#fragment` names, as GitHub compares them: percent-escapes decoded, case
 * ignored. A broken escape (`#%E0%A4%A`) names the id as written: GitHub keeps it so too, and a
 * file a maintainer pastes must not stop the import with a URIError.
 */
export function fragmentId(fragment: string): string {
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A malformed escape sequence: compared as written.
  }
  return id.toLowerCase();
}

/**
 * Where each link of the source leads on the site:
 * - `#id` of a heading of the file → the page that shows that heading (`/multi-tenant/#model-sharing`),
 *   a part's id → the overview, which shows parts; GitHub matches fragments ignoring case, so does this;
 * - `#id` of no heading (an HTML anchor) → the file on GitHub, where it works;
 * - the site's own addresses → site paths, so they follow the base;
 * - relative paths → the repository, as GitHub resolves them (images to where GitHub serves the
 *   file, src/lib/image-sources.ts); an empty one (`[link]()`) → the file itself, where it leads
 *   on GitHub; a `\` stays part of the path (GitHub writes it `%5C`, where a browser would read `/`);
 * - anything else unchanged.
 */
export function linkResolver(context: LinkContext): (url: string, image: boolean) => string {
  const targets = new Map<string, string>();
  if (context.titleId) targets.set(context.titleId, '/');
  context.sections.forEach(({ section, slug }, i) => {
    if (section.part && !targets.has(section.part.id)) targets.set(section.part.id, `/#${section.part.id}`);
    targets.set(section.id, `/${slug}/#${section.id}`);
    for (const id of context.headingIds[i] ?? []) targets.set(id, `/${slug}/#${id}`);
  });
  const root = context.repositoryUrl.replace(/\/$/, '');
  const folder = context.sourcePath.includes('/')
    ? context.sourcePath.slice(0, context.sourcePath.lastIndexOf('/') + 1)
    : '';

  return (url, image) => {
    if (url.startsWith('#')) {
      const id = fragmentId(url.slice(1));
      return targets.get(id) ?? `${root}/blob/HEAD/${context.sourcePath}${url}`;
    }
    if (url.startsWith(context.siteUrl)) return `/${url.slice(context.siteUrl.length)}`;
    if (url === '') return `${root}/blob/HEAD/${context.sourcePath}`;
    if (scheme.test(url) || url.startsWith('//')) return url;
    // Relative to the file's folder, or to the repository's root when it starts with /.
    const resolved = new URL(
      url.replace(/\\/g, '%5C'),
      `https://repository.invalid/${url.startsWith('/') ? '' : folder}`,
    );
    const path = resolved.pathname.slice(1);
    const file = `${path}${resolved.search}${resolved.hash}`;
    return image ? repositoryImageUrl(context.repositoryUrl, file) : `${root}/blob/HEAD/${file}`;
  };
}
