import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Heading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readPolicy } from '../integrations/content-files';
import { advisoryPageIds, pageIds } from '../lib/constants';

interface Known {
  /** Modification times of the files the ids were computed from. */
  mtimes: Map<string, number>;
  /** Body heading ids by file, relative to the project root. */
  ids: Map<string, string[]>;
}

let known: Known | undefined;

/**
 * Gives each section heading its policy-wide id (src/lib/anchors/heading-ids.ts), which Astro then
 * keeps instead of slugging the heading within its own file. The ids come from the content check's
 * reading of the policy, computed again only when a section file changed since.
 */
export function remarkHeadingIds(options: { policyDir: string }) {
  const policyDir = resolve(options.policyDir);
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    if (!resolve(file.path).startsWith(`${policyDir}/`)) return pageOwnedIdsTaken(tree);
    const root = process.cwd();
    const name = relative(root, file.path);
    const mtime = statSync(file.path).mtimeMs;
    if (!known || known.mtimes.get(name) !== mtime) {
      const { sections } = readPolicy(root, policyDir);
      known = {
        mtimes: new Map(sections.map((s) => [s.file, statSync(resolve(root, s.file)).mtimeMs])),
        ids: new Map(sections.map((s) => [s.file, s.headingIds])),
      };
    }
    const ids = known.ids.get(name);
    if (!ids) return;
    let index = 0;
    visit(tree, 'heading', (node: Heading) => {
      const id = ids[index++];
      // mdast-util-to-hast copies `hProperties` onto the <h2>…: Astro keeps an id it finds there.
      if (id) {
        const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
        data.hProperties = { ...data.hProperties, id };
      }
    });
  };
}

/**
 * Any other content's headings (an advisory's) are slugged as GitHub slugs them, with the ids the
 * page itself uses taken first: `## Main` or `## References` in an advisory is `main-1` or
 * `references-1`, never the landmark's id or the id of the page's own References section.
 */
function pageOwnedIdsTaken(tree: Root) {
  const slugger = new GithubSlugger();
  for (const id of [...Object.values(pageIds), ...Object.values(advisoryPageIds)]) slugger.slug(id);
  visit(tree, 'heading', (node: Heading) => {
    const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
    if (typeof data.hProperties?.id === 'string') return;
    data.hProperties = { ...data.hProperties, id: slugger.slug(toString(node)) };
  });
}
