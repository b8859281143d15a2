// An advisory's headings may not take the ids its page uses itself (the main landmark, the
// page's own Credits and References sections): they get the next free id, as GitHub numbers
// a second heading of one text.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';
import { root } from '../helpers/astro-build';

const idsOf = (markdown: string, path: string) => {
  const tree = unified().use(remarkParse).parse(markdown);
  // An advisory is no section: the policy model gives it no ids of its own.
  remarkHeadingIds({ headingIds: () => undefined })(tree, new VFile({ path }));
  return tree.children.map(
    (node) => (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id,
  );
};

describe('headings of an advisory', () => {
  it.each([
    ['## Main', 'main-1'],
    ['## References', 'references-1'],
    ['## Credits', 'credits-1'],
    ['## Fragment map', 'fragment-map-1'],
    ['## Impact', 'impact'],
  ])('%s → #%s', (heading, id) => {
    expect(idsOf(`${heading}\n`, `${root}/content/advisories/x.mdx`)).toEqual([id]);
  });

  it('a second heading of one text is numbered as GitHub numbers it', () => {
    expect(idsOf('## Impact\n\n## Impact\n', `${root}/content/advisories/x.mdx`)).toEqual([
      'impact',
      'impact-1',
    ]);
  });
});
