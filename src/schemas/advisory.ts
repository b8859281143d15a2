import { z } from 'astro/zod';
import { project } from '../config';
import { ecosystems } from './ecosystems';

/** A GitHub Security Advisory id: GHSA and three groups of four from GitHub's alphabet. */
export const ghsaPattern = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/;
export const cvePattern = /^CVE-\d{4}-\d{4,}$/;
/** CVSS 3.x and 4.0 base vectors, as GitHub and OSV write them. */
export const cvssPattern =
  /^(CVSS:3\.[01]\/AV:[NALP]\/AC:[LH]\/PR:[NLH]\/UI:[NR]\/S:[UC]\/C:[NLH]\/I:[NLH]\/A:[NLH]|CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN])(\/[A-Za-z]+:[A-Za-z]+)*$/;
/** A released version as PyPI numbers it (PEP 440), e.g. 3.9.0, 3.0.0rc1. */
const versionPattern = /^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/;

const version = (field: string) =>
  z.string({ error: `${field} must be a version in quotes, e.g. ${field}: "3.9.0"` }).regex(versionPattern, {
    error: `${field} must be a PyPI version, e.g. ${field}: "3.9.0"`,
  });

const day = 24 * 60 * 60 * 1000;

const date = (field: string) =>
  z.coerce.date({ error: `${field} must be a date, e.g. ${field}: 2026-03-14 or 2026-03-14T09:30:00Z` });

/** OSV's credit types. */
export const creditTypes = [
  'FINDER',
  'REPORTER',
  'ANALYST',
  'COORDINATOR',
  'REMEDIATION_DEVELOPER',
  'REMEDIATION_REVIEWER',
  'REMEDIATION_VERIFIER',
  'TOOL',
  'SPONSOR',
  'OTHER',
] as const;

/** OSV's reference types. */
export const referenceTypes = [
  'ADVISORY',
  'ARTICLE',
  'DETECTION',
  'DISCUSSION',
  'REPORT',
  'FIX',
  'INTRODUCED',
  'GIT',
  'PACKAGE',
  'EVIDENCE',
  'WEB',
] as const;

export const severityLevels = ['low', 'moderate', 'high', 'critical'] as const;

/**
 * Frontmatter of one security advisory (`content/advisories/<id>.mdx`); the body is the
 * advisory's details. The only definition of its shape: the content collection, the content
 * check (with file and line) and the OSV output all follow it.
 */
export const advisorySchema = z
  .object({
    /** The GitHub advisory id; at least one of ghsa and cve. */
    ghsa: z
      .string()
      .regex(ghsaPattern, { error: 'ghsa must be a GitHub advisory id, e.g. ghsa: GHSA-4p5x-3ww9-7r2q' })
      .optional(),
    cve: z.string().regex(cvePattern, { error: 'cve must be a CVE id, e.g. cve: CVE-2025-1550' }).optional(),
    /** One line, as in a list of advisories. */
    summary: z
      .string({
        error:
          'summary is required: one line saying what is vulnerable, e.g. summary: Arbitrary code execution when loading a model',
      })
      .trim()
      .min(1, { error: 'summary is empty: say in one line what is vulnerable' })
      .max(120, {
        error: 'summary is longer than 120 characters: keep it to one line; details go in the body',
      }),
    severity: z.enum(severityLevels, { error: `severity must be one of ${severityLevels.join(', ')}` }),
    /** The CVSS vector the severity comes from. */
    cvss: z
      .string()
      .regex(cvssPattern, {
        error:
          'cvss must be a CVSS 3.1 or 4.0 base vector, e.g. cvss: CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
      })
      .optional(),
    /** The package versions affected: from `introduced` up to (not including) `fixed`. */
    affected: z
      .array(
        z
          .object({
            package: z.string().trim().min(1).default(project.package.name),
            ecosystem: z
              .enum(ecosystems, { error: `ecosystem must be one of ${ecosystems.join(', ')}` })
              .default(project.package.ecosystem),
            introduced: version('introduced'),
            fixed: version('fixed').optional(),
          })
          .strict()
          .refine((range) => !range.fixed || compareVersions(range.introduced, range.fixed) < 0, {
            error: 'a range’s fixed version must come after its introduced version',
            path: ['fixed'],
          }),
        {
          error:
            'affected must be a list of version ranges, e.g. affected: [{ introduced: "3.0.0", fixed: "3.9.0" }]',
        },
      )
      .min(1, { error: 'affected is empty: list at least one version range' }),
    published: date('published'),
    /** Defaults to `published`. */
    modified: date('modified').optional(),
    withdrawn: date('withdrawn').optional(),
    credits: z
      .array(
        z
          .object({
            name: z.string().trim().min(1),
            type: z
              .enum(creditTypes, { error: `credit type must be one of ${creditTypes.join(', ')}` })
              .optional(),
          })
          .strict(),
        { error: 'credits must be a list, e.g. credits: [{ name: Jane Doe, type: FINDER }]' },
      )
      .default([]),
    references: z
      .array(
        z
          .object({
            type: z.enum(referenceTypes, {
              error: `reference type must be one of ${referenceTypes.join(', ')}`,
            }),
            url: z.url({ protocol: /^https?$/, error: 'reference url must be an https:// address' }),
          })
          .strict(),
        { error: 'references must be a list, e.g. references: [{ type: FIX, url: https://github.com/… }]' },
      )
      .default([]),
  })
  .strict()
  .refine((data) => data.ghsa !== undefined || data.cve !== undefined, {
    error: 'an advisory needs an id: add ghsa: GHSA-xxxx-xxxx-xxxx, cve: CVE-YYYY-NNNN, or both',
    path: ['ghsa'],
  })
  .refine((data) => !data.modified || data.modified >= data.published, {
    error: 'modified is before published: it is the date of the latest change',
    path: ['modified'],
  })
  .refine((data) => !data.withdrawn || data.withdrawn >= data.published, {
    error: 'withdrawn is before published: an advisory is withdrawn after it was published',
    path: ['withdrawn'],
  })
  // Dates still to come would put the advisory, and the feed's `updated`, in the future. A day's
  // grace covers time zones.
  .refine((data) => data.published.getTime() <= Date.now() + day, {
    error:
      'published is in the future: write the date the advisory was published, e.g. published: 2026-03-14',
    path: ['published'],
  })
  .refine((data) => !data.modified || data.modified.getTime() <= Date.now() + day, {
    error: 'modified is in the future: write the date of the latest change',
    path: ['modified'],
  })
  .refine((data) => !data.withdrawn || data.withdrawn.getTime() <= Date.now() + day, {
    error: 'withdrawn is in the future: write it once the advisory is withdrawn',
    path: ['withdrawn'],
  });

export type AdvisoryData = z.infer<typeof advisorySchema>;

export const advisoryFields = [
  'ghsa',
  'cve',
  'summary',
  'severity',
  'cvss',
  'affected',
  'published',
  'modified',
  'withdrawn',
  'credits',
  'references',
];

/** Compares the numeric release parts of two versions (pre-release suffixes ignored). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (/^[\d.]+/.exec(v)?.[0] ?? '').split('.').filter(Boolean).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The advisory's primary id: the GHSA id when there is one, as GitHub and OSV use it. */
export function advisoryId(data: Pick<AdvisoryData, 'ghsa' | 'cve'>): string {
  return (data.ghsa ?? data.cve)!;
}
