import { z } from 'astro/zod';

/** An error message for a field that is missing or of the wrong type, with an example to copy. */
const fieldError =
  (field: string, kind: string, example: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined
      ? `${field} is required: ${kind}, e.g. ${field}: ${example}`
      : `${field} must be ${kind}, e.g. ${field}: ${example}`;

/** The longest a heading (`title`, `part`) may be: it names a page, or a group of them, in the navigation. */
const headingLength = 120;

const searchTermList = z.array(
  z.string({ error: 'each search term must be text, e.g. searchTerms: [XSS, checksum]' }).trim().min(1),
  { error: 'searchTerms must be a list of words, e.g. searchTerms: [XSS, checksum]' },
);

/**
 * Frontmatter of one policy section (`content/policy/*.mdx`): the only definition of its shape.
 * Used by the content collection and by the content check, which points at the failing line.
 */
export const policySectionSchema = z
  .object({
    /** The section's heading, as SECURITY.md writes it. */
    title: z
      .string({ error: fieldError('title', 'the section heading as text', 'Data privacy') })
      .trim()
      .min(1, { error: 'title is empty: write the section heading, e.g. title: Data privacy' })
      .max(headingLength, {
        error: (issue) =>
          `title is ${String(issue.input).length} characters long: keep the heading to ${headingLength} or fewer (it names the page in the navigation and the tab), and say the rest in the text`,
      }),
    /**
     * The heading as SECURITY.md writes it, when it has formatting (`Loading *untrusted* models`)
     * or an image (`<img src="…" alt="Logo"> Reporting`): one line of Markdown, which the page's
     * heading and SECURITY.md show; `title` is its text.
     */
    heading: z
      .string({ error: fieldError('heading', 'the heading as Markdown', 'Loading *untrusted* models') })
      .trim()
      .min(1, { error: 'heading is empty: leave it out, or write the heading as Markdown' })
      .optional(),
    /** One sentence for the overview, link previews and search results. */
    description: z
      .string({ error: fieldError('description', 'one sentence saying what the section covers', 'How to …') })
      .trim()
      .min(1, { error: 'description is empty: write one sentence saying what the section covers' })
      .max(200, { error: 'description is longer than 200 characters: keep it to one sentence' }),
    /** Position in the policy, from 1; unique across sections. */
    order: z
      .number({ error: fieldError('order', 'a number (no quotes)', '3') })
      .int({ error: 'order must be a whole number, e.g. order: 3' })
      .positive({ error: 'order must be 1 or more, e.g. order: 1' }),
    /**
     * The heading this section sits under in SECURITY.md (e.g. "Using Keras Securely"); sections
     * that share it are grouped under it. Leave it out for a top-level section.
     */
    part: z
      .string({ error: fieldError('part', 'the heading text', 'Using Keras Securely') })
      .trim()
      .min(1, { error: 'part is empty: leave it out, or name the heading, e.g. part: Using Keras Securely' })
      .max(headingLength, {
        error: (issue) =>
          `part is ${String(issue.input).length} characters long: keep the heading to ${headingLength} or fewer`,
      })
      .optional(),
    /**
     * Former addresses of this page (`multi-tenancy` for `/multi-tenancy/`): each keeps working and
     * leads here, with its `#fragment`.
     */
    redirectFrom: z
      .array(
        z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: 'redirectFrom entries are former page slugs, e.g. multi-tenancy',
        }),
        { error: 'redirectFrom must be a list of former page slugs, e.g. redirectFrom: [multi-tenancy]' },
      )
      .default([]),
    /**
     * Former ids of this section's headings, by current id (`model-sharing: [sharing-models]`):
     * links to an old `#fragment` keep landing on the renamed heading.
     */
    anchorAliases: z
      .record(z.string(), z.array(z.string().trim().min(1)), {
        error:
          'anchorAliases maps a current heading id to its former ids, e.g. anchorAliases: { model-sharing: [sharing-models] }',
      })
      .default({}),
    /**
     * When the section last changed, for builds without git history (a shallow clone); git's
     * date wins when there is one.
     */
    lastUpdated: z.coerce
      .date({ error: 'lastUpdated must be a date, e.g. lastUpdated: 2026-03-14' })
      .optional(),
    /**
     * Words readers search with that the text does not use ("XSS", "checksum"). A list applies to
     * the whole section; lists keyed by heading id apply to those subsections. Indexed for search
     * with extra weight, never shown on the page.
     */
    searchTerms: z
      .union([searchTermList, z.record(z.string(), searchTermList)], {
        error:
          'searchTerms must be a list of words, or lists keyed by heading id, e.g. searchTerms: [XSS, checksum]',
      })
      .optional(),
  })
  .strict();

export type PolicySectionData = z.infer<typeof policySectionSchema>;

/** Frontmatter keys, for messages that list what may be written. */
export const policySectionFields = Object.keys(policySectionSchema.shape);
