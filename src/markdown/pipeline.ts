import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import { rehypeAlerts } from './rehype-github-alerts';
import { remarkProtocolAutolinks } from './remark-protocol-autolinks';
import { rehypeTableAlign } from './rehype-table-align';
import { remarkBaseLinks } from './remark-base-links';
import { remarkCodeLeadingBlank } from './remark-code-leading-blank';
import { remarkHeadingIds, type HeadingIdsOptions } from './remark-heading-ids';

export interface PipelineOptions {
  /** The site's base path, put in front of site links. */
  base: string;
  /** The policy-wide heading ids of the sections, from the policy model (src/integrations/policy-model.ts). */
  headingIds: HeadingIdsOptions['headingIds'];
}

/**
 * The processor's own switches, beside the plugin lists for the same reason. GitHub shows the text
 * as typed ("it's" stays "it's", `--` and `...` as written): no smart punctuation. GFM comes from
 * remark-gfm in the list below rather than from the switch.
 */
export const processorFeatures = { gfm: false, smartypants: false } as const;

/**
 * The remark plugins every section goes through, in order: astro.config.mjs hands these to Astro
 * and the GitHub-equivalence test renders with them, so the two cannot drift. remark-gfm is named
 * here rather than through the processor's `gfm` switch, so the list shows everything.
 */
export function remarkPlugins(options: PipelineOptions): RemarkPlugins {
  return [
    remarkGfm,
    // `mailto:` and `xmpp:` autolinks, which remark-gfm links without their protocol.
    remarkProtocolAutolinks,
    // GitHub's own shortcode list (gemoji): `:white_check_mark:` → ✅, in text and never in code.
    remarkGemoji,
    [remarkBaseLinks, { base: options.base }],
    // A fenced block's leading blank line, which the HTML step after remark would drop.
    remarkCodeLeadingBlank,
    // Heading ids as GitHub gives them in SECURITY.md, counted across the whole policy.
    [remarkHeadingIds, { headingIds: options.headingIds }],
  ];
}

/** The rehype plugins every section goes through, after Astro's own (rehype-raw) and before its heading ids. */
export const rehypePlugins: RehypePlugins = [rehypeAlerts, rehypeTableAlign];
