// With its extension: the benchmarks and scripts import this file in Node, which resolves no other way.
import type { Ecosystem } from './schemas/ecosystems.ts';
import { parseDeployment } from './schemas/deployment.ts';

/**
 * The one place that names the project whose policy this site publishes: settings only, never
 * read from content (the policy's title is the content's: src/lib/policy-model/).
 * Another project publishes its own policy by changing this file, then `npm run import` (README).
 */
export interface ReportingChannel {
  /** Short name of the channel, shown as the action's label. */
  label: string;
  /** Where a reporter goes to file a private report. */
  url: string;
  /** One sentence on how the channel works. */
  description: string;
}

export const project = {
  /**
   * The project the policy belongs to. `PROJECT_NAME` overrides it for a build of another
   * project's policy with this checkout, as the search benchmarks make them (bench/search-sets.ts).
   */
  name: process.env.PROJECT_NAME || 'Keras',
  /** The repository whose Security tab this policy mirrors. */
  repository: {
    owner: 'ElasticProvisioner',
    name: 'keras',
    url: 'https://github.com/ElasticProvisioner/keras',
  },
  /**
   * Where this site's own sources live, for "Edit this page". The site is meant to live in the
   * repository whose policy it publishes (its build writes that repository's SECURITY.md).
   */
  source: {
    url: 'https://github.com/ElasticProvisioner/keras',
    /** The branch the site is published from (.github/workflows/pages.yml runs on it). */
    branch: 'main',
    /** Folder of this site inside that repository ('' for its root). */
    path: '',
  },
  /** The package the project publishes, as advisories and OSV name it (an ecosystem of src/schemas/ecosystems.ts). */
  package: { ecosystem: 'PyPI' as Ecosystem, name: 'keras' },
  /** The policy's licence, credited in the footer. */
  license: {
    name: 'Apache License 2.0',
    url: 'https://github.com/ElasticProvisioner/keras/blob/master/LICENSE',
  },
  /** Private channels for reporting a vulnerability, most preferred first. */
  reportingChannels: [
    {
      label: 'Report privately on GitHub',
      url: 'https://github.com/ElasticProvisioner/keras/security/advisories/new',
      description:
        'GitHub private vulnerability reporting for ElasticProvisioner/keras: only the maintainers see your report.',
    },
  ] as [ReportingChannel, ...ReportingChannel[]],
  /** `/.well-known/security.txt` (RFC 9116). */
  securityTxt: {
    /** Days from the build until the file expires; RFC 9116 wants less than a year. */
    expiresAfterDays: 180,
    /** Languages reports are read in. */
    preferredLanguages: ['en'],
  },
} as const;

/**
 * Where the site is published. `SITE_URL` and `SITE_BASE` override them for a build hosted
 * elsewhere (the tests build under a sub-path this way); everything else derives from these two.
 */
export const deployment = parseDeployment(process.env, {
  site: 'https://elasticprovisioner.github.io',
  base: '/keras/',
});
