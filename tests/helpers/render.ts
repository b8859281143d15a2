import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, nodeTypes } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { jsx as hastJsx } from 'hastscript/jsx-runtime';
import rehypeRaw from 'rehype-raw';
import remarkFrontmatter from 'remark-frontmatter';
import type { PluggableList } from 'unified';
import { project } from '../../src/config';
import { readPolicyModel } from '../../src/lib/policy-model';
import { groupByPart, orderSections, sectionLevel } from '../../src/lib/sections';
import { headingId } from '../../src/lib/slug';
import { inlineHtml, sectionHeadingHtml } from '../../src/lib/markdown/heading-markdown';
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

const root = resolve(import.meta.dirname, '../..');

/** `<ReportingChannels />` as src/components/ReportingChannels.astro writes it. */
function ReportingChannels() {
  return jsx('ul', {
    class: 'channels',
    children: project.reportingChannels.map((channel) =>
      jsx('li', {
        children: [jsx('a', { href: channel.url, children: channel.label }), `: ${channel.description}`],
      }),
    ),
  });
}

/**
 * `mdx` rendered to HTML. Given `file` (a content file's path) and its `contentDir`, its
 * frontmatter is left out and its headings get the policy-wide ids, as in the build.
 */
export async function renderMdx(
  mdx: string,
  { file, contentDir = 'content' }: { file?: string; contentDir?: string } = {},
): Promise<string> {
  // Astro adds these itself when switched on; this render does not, so it refuses to pretend.
  if (processorFeatures.gfm || processorFeatures.smartypants) {
    throw new Error(
      'renderMdx renders without the processor’s gfm and smartypants switches: add them here too',
    );
  }
  const { default: Content } = await evaluate(
    { value: mdx, path: file },
    {
      Fragment,
      jsx,
      jsxs: jsx,
      elementAttributeNameCase: 'html',
      // The site's lists hold plugins only (no plugin names), which is what MDX takes.
      // Frontmatter only in a content file: a snippet's leading `---` is a thematic break.
      remarkPlugins: [
        ...(file ? [remarkFrontmatter] : []),
        ...(remarkPlugins({
          base: '/',
          headingIds: (path) => readPolicyModel(root, contentDir).headingIds.get(resolve(path)),
        }) as PluggableList),
      ],
      rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], ...(rehypePlugins as PluggableList)],
    },
  );
  return toHtml(Content({ components: { ReportingChannels } }) as unknown as Root);
}

const heading = (level: number, id: string, text: string) =>
  `<h${level} id="${id}">${inlineHtml([text])}</h${level}>`;

/**
 * The `<main>` of the one-page policy (src/pages/policy.astro) for a content folder, rendered
 * in-process: its title, intro, part headings and sections in order, each section's title and
 * body as the build writes them. Reads the content as the build does (the policy model, the
 * content check's own reading); throws on any problem the check finds, which would stop the build.
 */
export async function renderPolicyPage(contentDir: string): Promise<string> {
  const { issues, sections, intro, title } = readPolicyModel(root, contentDir);
  if (issues.length > 0)
    throw new Error(`the content check refuses ${contentDir}: ${JSON.stringify(issues)}`);
  const html = [heading(1, headingId(title), title)];
  if (intro) html.push(await renderMdx(intro.source, { file: resolve(root, intro.file), contentDir }));
  for (const group of groupByPart(orderSections(sections))) {
    if (group.part) html.push(heading(2, group.part.id, group.part.title));
    for (const section of group.sections) {
      const level = sectionLevel(section);
      // With its formatting, as SectionLayout.astro and policy.astro show it.
      html.push(
        `<h${level} id="${headingId(section.data.title)}">${sectionHeadingHtml(section.data, '/')}</h${level}>`,
      );
      const file = resolve(root, section.file);
      html.push(await renderMdx(readFileSync(file, 'utf8'), { file, contentDir }));
    }
  }
  return `<main>${html.join('\n')}</main>`;
}
