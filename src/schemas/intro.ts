import { z } from 'astro/zod';

/**
 * Frontmatter of `content/intro.mdx`, the text under the policy's title before its first section
 * (SECURITY.md's lines between `#` and the first `##`). Optional, as the file is.
 */
export const policyIntroSchema = z
  .object({
    /** The policy's title: SECURITY.md's `#` heading. */
    title: z
      .string({
        error: 'title is required: the policy title as SECURITY.md writes it, e.g. title: Security Policy',
      })
      .trim()
      .min(1, { error: 'title is empty: write the policy title, e.g. title: Security Policy' })
      .max(80, {
        error: (issue) =>
          `title is ${String(issue.input).length} characters long: keep the policy title to 80 or fewer (it is in the header of every page, and must fit a phone's screen)`,
      }),
  })
  .strict();

export type PolicyIntroData = z.infer<typeof policyIntroSchema>;
