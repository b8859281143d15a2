import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSitePath, joinBase } from '../lib/paths';

/**
 * Content links are written from the site root (`/multi-tenant/#model-sharing`); this puts the
 * configured base path in front of them, so the same content works under any sub-path.
 */
export function remarkBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      if (isSitePath(link.url)) link.url = joinBase(options.base, link.url);
    });
  };
}
