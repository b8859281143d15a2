import type { Heading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { advisoryPageIds, pageIds } from '../lib/constants';

export interface HeadingIdsOptions {
  /** A section's body heading ids, in order, by its file's path; undefined for a file that is no section. */
  headingIds: (path: string) => readonly string[] | undefined;
}

/**
 * Gives each section heading its policy-wide id (src/lib/anchors/heading-ids.ts), which Astro then
 * keeps instead of slugging the heading within its own file. The ids come from the policy model,
 * handed over by the integration that read it (src/integrations/policy-model.ts): this plugin
 * reads no files.
 */
export function remarkHeadingIds(options: HeadingIdsOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const ids = options.headingIds(file.path);
    // Not a section (an advisory): GitHub's ids, less those the page itself uses.
    if (!ids) return pageOwnedIdsTaken(tree);
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
