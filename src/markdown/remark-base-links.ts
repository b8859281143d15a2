import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSitePath, joinBase } from '../lib/paths';

/**
 * Content links and images are written from the site root (`/multi-tenant/#model-sharing`); this puts the
 * configured base path in front of them, so the same content works under any sub-path.
 */
export function remarkBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const link = node as Link | Image | Definition;
      if (isSitePath(link.url)) link.url = joinBase(options.base, link.url);
    });
  };
}
