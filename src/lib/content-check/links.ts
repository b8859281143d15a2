import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from './issue';
import { siteRoutes, type SiteRoute } from './site-paths';

export interface ContentLink {
  url: string;
  line: number;
}

/** Every link target in a body: Markdown links, link definitions and JSX `<a href>`. */
export function collectLinks(tree: Root): ContentLink[] {
  const links: ContentLink[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = (node as MdxJsxFlowElement | MdxJsxTextElement).attributes.find(
        (attribute): attribute is MdxJsxAttribute =>
          attribute.type === 'mdxJsxAttribute' && attribute.name === 'href',
      );
      if (typeof href?.value === 'string') links.push({ url: href.value, line });
    }
  });
  return links;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/** Percent-decoded as a browser reads it; as written when its encoding is broken. */
const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The site's own routes (src/pages, public/), read once. */
let routes: SiteRoute[] | undefined;

/** What a link into the site can name: each page with its ids, and the advisories' ids. */
export interface SiteTargets {
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  advisories: ReadonlySet<string>;
}

/**
 * Checks a link from the page at `fromPath` against the site's pages and their ids, and every
 * other address the site publishes (`siteRoutes`). Links to other sites are left alone; links
 * into the site must name a page or file that exists, and an id on it that exists. A query
 * (`?x=1`) is no part of the path.
 */
export function checkLink(
  file: string,
  fromPath: string,
  link: ContentLink,
  { pages, advisories }: SiteTargets,
  published: readonly SiteRoute[] = (routes ??= siteRoutes()),
): ContentIssue | undefined {
  const { url, line } = link;
  if (scheme.test(url) || url.startsWith('//')) return undefined;
  if (!url.startsWith('/') && !url.startsWith('#') && !url.startsWith('?')) {
    return {
      file,
      line,
      message: `relative link "${url}": write links into the site from its root, e.g. /data-privacy/ or /multi-tenant/#model-sharing`,
    };
  }
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const rawPath = decoded(beforeHash.replace(/\?.*$/, ''));
  const fragment = hashAt === -1 ? '' : decoded(url.slice(hashAt + 1));
  const path = rawPath === '' ? fromPath : rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
  let ids = pages.get(path) ?? pages.get(path.replace(/\/index\.html\/$/, '/'));
  let where = path;
  if (!ids) {
    // A route with a parameter is the path only for a value the content has (a section, an
    // advisory): /changes/ and /advisories/osv/index.json are routes of their own.
    const matching = published.filter((r) => r.pattern.test(rawPath));
    const route = matching.find(
      (r) =>
        (!r.section || pages.has(`/${r.section(rawPath)}/`)) &&
        (!r.advisory || advisories.has(r.advisory(rawPath)!)),
    );
    const section = route?.section?.(rawPath);
    const advisory = matching.find((r) => r.advisory)?.advisory?.(rawPath);
    if (!route && advisory !== undefined) {
      const known =
        advisories.size > 0
          ? `the advisories are ${[...advisories].join(', ')}`
          : 'the site has no advisories';
      return {
        file,
        line,
        message: `link to "${url}": there is no advisory ${advisory} (content/advisories/${advisory}.mdx); ${known}`,
      };
    }
    if (!route) {
      const known = [...pages.keys()].join(', ');
      return {
        file,
        line,
        message: `link to "${url}": there is no page ${rawPath}; the policy's pages are ${known}, and the site's own (/changes/, /advisories/, /SECURITY.md, /llms.txt…)`,
      };
    }
    if (fragment === '') return undefined;
    // A section's Markdown twin has its page's headings; SECURITY.md has every heading.
    where = rawPath;
    ids = section
      ? pages.get(`/${section}/`)
      : /\.md$/.test(rawPath)
        ? new Set([...pages.values()].flatMap((set) => [...set]))
        : undefined;
    if (!ids)
      return {
        file,
        line,
        message: `link to "${url}": ${rawPath} has no headings to link to: leave out #${fragment}`,
      };
  }
  if (fragment !== '' && !ids.has(fragment)) {
    const known = [...ids].map((id) => `#${id}`).join(', ');
    return {
      file,
      line,
      message: `link to "${url}": ${where} has no heading with id "${fragment}"; its ids are ${known}`,
    };
  }
  return undefined;
}
