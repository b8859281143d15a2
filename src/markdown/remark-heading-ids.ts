import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

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
    const ids = file.path ? options.headingIds(file.path) : undefined;
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
