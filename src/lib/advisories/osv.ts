import { purlTypes } from '../../schemas/ecosystems';
import { project } from '../../config';
import { repositoryLinks } from '../edit-url';
import type { AdvisoryData } from '../../schemas/advisory';

/** The OSV format version the output follows (1.6 added CVSS_V4). */
export const osvSchemaVersion = '1.6.0';

/** OSV wants RFC 3339 times in UTC; whole seconds read best. */
export const osvTime = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');

export interface AdvisoryInput {
  id: string;
  data: AdvisoryData;
  /** The details, as Markdown. */
  details: string;
}

/**
 * One advisory as an OSV record (https://ossf.github.io/osv-schema/): what scanners such as
 * osv-scanner and pip-audit read. `pageUrl` is the advisory's page on this site.
 */
export function toOsv({ id, data, details }: AdvisoryInput, pageUrl: string) {
  const aliases = [data.ghsa, data.cve].filter(
    (alias): alias is string => alias !== undefined && alias !== id,
  );
  const references = [
    ...(data.ghsa
      ? [{ type: 'ADVISORY', url: repositoryLinks(project.repository.url).advisory(data.ghsa) }]
      : []),
    ...(data.cve ? [{ type: 'ADVISORY', url: `https://nvd.nist.gov/vuln/detail/${data.cve}` }] : []),
    ...data.references,
    { type: 'WEB', url: pageUrl },
  ];
  return {
    schema_version: osvSchemaVersion,
    id,
    modified: osvTime(data.modified ?? data.published),
    published: osvTime(data.published),
    ...(data.withdrawn ? { withdrawn: osvTime(data.withdrawn) } : {}),
    aliases,
    summary: data.summary,
    details,
    ...(data.cvss
      ? { severity: [{ type: data.cvss.startsWith('CVSS:4.0/') ? 'CVSS_V4' : 'CVSS_V3', score: data.cvss }] }
      : {}),
    affected: data.affected.map((range) => ({
      package: {
        ecosystem: range.ecosystem,
        name: range.package,
        purl: `pkg:${purlTypes[range.ecosystem]}/${range.package}`,
      },
      ranges: [
        {
          type: 'ECOSYSTEM',
          events: [{ introduced: range.introduced }, ...(range.fixed ? [{ fixed: range.fixed }] : [])],
        },
      ],
    })),
    references: references.filter(
      (reference, index) => references.findIndex((other) => other.url === reference.url) === index,
    ),
    credits: data.credits.map((credit) => ({
      name: credit.name,
      ...(credit.type ? { type: credit.type } : {}),
    })),
    database_specific: { severity: data.severity.toUpperCase() },
  };
}

/** The index of every advisory's OSV file, newest change first, for scanners to poll. */
export function osvIndex(advisories: readonly AdvisoryInput[], urlOf: (id: string) => string) {
  return advisories
    .map(({ id, data }) => ({ id, modified: osvTime(data.modified ?? data.published), url: urlOf(id) }))
    .sort((a, b) => b.modified.localeCompare(a.modified) || a.id.localeCompare(b.id));
}
