import { evaluate, nodeTypes } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { jsx as hastJsx } from 'hastscript/jsx-runtime';
import rehypeRaw from 'rehype-raw';
import type { PluggableList } from 'unified';
import { processorFeatures, rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline';

/**
 * A section's MDX rendered in-process as the site renders it: MDX's compiler with the site's own
 * remark and rehype plugins (src/markdown/pipeline.ts, which astro.config.mjs uses too) and
 * Astro's rehype-raw step, evaluated to HTML. Only Astro's components (the heading links) are
 * left out: the text and its structure are the site's.
 */
// hastscript's runtime writes a fragment as `null`, which MDX does not accept: a marker stands in.
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Record<string, unknown>) =>
  (hastJsx as (type: unknown, props: unknown) => unknown)(type === Fragment ? null : type, props);

export async function renderMdx(mdx: string): Promise<string> {
  // Astro adds these itself when switched on; this render does not, so it refuses to pretend.
  if (processorFeatures.gfm || processorFeatures.smartypants) {
    throw new Error(
      'renderMdx renders without the processor’s gfm and smartypants switches: add them here too',
    );
  }
  const { default: Content } = await evaluate(mdx, {
    Fragment,
    jsx,
    jsxs: jsx,
    elementAttributeNameCase: 'html',
    // No file is a section here, so no policy-wide heading ids. The site's lists hold plugins only (no plugin names), which is what MDX takes.
    remarkPlugins: remarkPlugins({ base: '/', headingIds: () => undefined }) as PluggableList,
    rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], ...(rehypePlugins as PluggableList)],
  });
  return toHtml(Content({}) as unknown as Root);
}
