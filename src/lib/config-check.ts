import { z } from 'astro/zod';
import { ecosystems } from '../schemas/ecosystems';
import { forgeNames, forgeOf, forges, repositoryLinks } from './edit-url';

/** The longest a name shown in the header, tab title and footer may be: it must fit a phone's line. */
export const longestName = 80;
/** The longest a reporting channel's one-sentence description may be. */
export const longestDescription = 300;

const name = (example: string, max = longestName) =>
  z
    .string({ error: `must be text, e.g. '${example}'` })
    .trim()
    .min(1, { error: `is empty: write it, e.g. '${example}'` })
    .max(max, {
      error: (issue) =>
        `is ${String(issue.input).length} characters long: keep it to ${max} or fewer (it is shown on every page, and must fit a phone's screen), e.g. '${example}'`,
    });

const httpsUrl = (example: string) =>
  z
    .string({ error: `must be an address, e.g. '${example}'` })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: (issue) => `must be an https:// address, e.g. '${example}', not '${String(issue.input)}'`,
    });

/** Where a report may go: security.txt's Contact allows https, mailto and tel. */
const contactUrl = z
  .string({ error: "must be an address, e.g. 'mailto:security@example.org'" })
  .refine((value) => URL.canParse(value) && ['https:', 'mailto:', 'tel:'].includes(new URL(value).protocol), {
    error: (issue) =>
      `must be an https:, mailto: or tel: address (security.txt allows only these), e.g. 'mailto:security@example.org', not '${String(issue.input)}'`,
  });

const channel = z.object({
  /** Short name of the channel, shown as the action's label. */
  label: name('Report privately on GitHub'),
  /** Where a reporter goes to file a private report. */
  url: contactUrl,
  /** One sentence on how the channel works. */
  description: name('Only the maintainers see your report.', longestDescription),
});

/** The settings of `src/config.ts`'s `project`: checked once, when the build starts. */
export const projectConfigSchema = z
  .object({
    name: name('Keras'),
    repository: z.object({
      owner: name('keras-team'),
      name: name('keras'),
      url: httpsUrl('https://github.com/keras-team/keras'),
      /** The host's software, where its address does not say (a self-hosted GitLab). */
      forge: z.enum(forges, { error: `must be one of ${forges.join(', ')}` }).optional(),
    }),
    source: z.object({
      url: httpsUrl('https://github.com/keras-team/keras'),
      branch: name('main', 255),
      path: z.string({ error: "must be the site's folder in the repository, or '' for its root" }),
      forge: z.enum(forges, { error: `must be one of ${forges.join(', ')}` }).optional(),
    }),
    package: z.object({
      ecosystem: z.enum(ecosystems, {
        error: `must be one of ${ecosystems.join(', ')}`,
      }),
      name: name('keras', 214),
    }),
    license: z.object({
      name: name('Apache License 2.0'),
      url: httpsUrl('https://www.apache.org/licenses/LICENSE-2.0'),
    }),
    reportingChannels: z.array(channel, { error: 'must be a list of channels' }).min(1, {
      error:
        "is empty: list at least one private channel, e.g. [{ label: 'Email the maintainers', url: 'mailto:security@example.org', description: 'Only the maintainers read it.' }]",
    }),
    securityTxt: z.object({
      expiresAfterDays: z
        .number({ error: 'must be a number of days, e.g. 180' })
        .int({ error: 'must be a whole number of days, e.g. 180' })
        .min(1, { error: 'must be 1 to 364 (RFC 9116: less than a year), e.g. 180' })
        .max(364, { error: 'must be 1 to 364 (RFC 9116: less than a year), e.g. 180' }),
      preferredLanguages: z
        .array(
          z
            .string()
            .regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, { error: "must be language tags, e.g. ['en']" }),
        )
        .min(1, { error: "must name at least one language, e.g. ['en']" }),
    }),
  })
  .superRefine((project, context) => {
    // A GitHub-shaped private-report address on a host that has no such form leads nowhere.
    const forge = project.repository.forge ?? forgeOf(project.repository.url) ?? 'github';
    project.reportingChannels.forEach((entry, index) => {
      if (forge !== 'github' && /\/security\/advisories\/new\/?$/.test(entry.url))
        context.addIssue({
          code: 'custom',
          path: ['reportingChannels', index, 'url'],
          message: `is GitHub's private vulnerability reporting form, which ${forgeNames[forge]} has not: use ${repositoryLinks(project.repository.url, forge).privateReport ?? 'an e-mail address (mailto:security@example.org)'}`,
        });
    });
  });

/**
 * What is wrong with `project`, one line per setting, each naming the file and the key; empty
 * when nothing is.
 */
export function projectConfigProblems(project: unknown, file = 'src/config.ts'): string[] {
  const result = projectConfigSchema.safeParse(project);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const key = issue.path.reduce<string>(
      (path, part) => (typeof part === 'number' ? `${path}[${part}]` : `${path}.${String(part)}`),
      'project',
    );
    return `${file}: ${key} ${issue.message}`;
  });
}
