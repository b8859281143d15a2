import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from './issue';

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

/**
 * Checks a link from the page at `fromPath` against the site's pages and their ids. Links to
 * other sites are left alone; links into the site must name a page and an id that exist.
 */
export function checkLink(
  file: string,
  fromPath: string,
  link: ContentLink,
  pages: ReadonlyMap<string, ReadonlySet<string>>,
): ContentIssue | undefined {
  const { url, line } = link;
  if (scheme.test(url) || url.startsWith('//')) return undefined;
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return {
      file,
      line,
      message: `relative link "${url}": write links into the site from its root, e.g. /data-privacy/ or /multi-tenant/#model-sharing`,
    };
  }
  const hashAt = url.indexOf('#');
  const rawPath = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : decodeURIComponent(url.slice(hashAt + 1));
  const path = rawPath === '' ? fromPath : rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
  const ids = pages.get(path);
  if (!ids) {
    const known = [...pages.keys()].join(', ');
    return { file, line, message: `link to "${url}": there is no page ${path}; the pages are ${known}` };
  }
  if (fragment !== '' && !ids.has(fragment)) {
    const known = [...ids].map((id) => `#${id}`).join(', ');
    return {
      file,
      line,
      message: `link to "${url}": ${path} has no heading with id "${fragment}"; its ids are ${known}`,
    };
  }
  return undefined;
}
