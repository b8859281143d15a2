import type { APIRoute, GetStaticPaths } from 'astro';
import { project } from '../config';
import { withBase } from '../lib/base';
import type { CheckedSection } from '../lib/content-check';
import { absoluteUrl } from '../lib/paths';
import { policyModel } from '../lib/policy-model';
import { sectionMarkdown } from '../lib/markdown/twin';

/**
 * Each section as Markdown beside its page (`/data-privacy.md`): what the page's "Copy section"
 * button copies, and what /llms.txt points tools to. The same text as SECURITY.md.
 */
export const getStaticPaths = (() =>
  policyModel().sections.map((section) => ({
    params: { slug: section.id },
    props: { section },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: CheckedSection }> = ({ props, site }) =>
  new Response(
    sectionMarkdown(props.section, {
      channels: project.reportingChannels,
      siteUrl: (path) => absoluteUrl(withBase(path), site!),
    }),
    { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } },
  );
