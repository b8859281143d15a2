import type { AdvisoryData } from '../schemas/advisory';

/** "High", as GitHub labels severities. */
export function severityLabel(severity: AdvisoryData['severity']): string {
  return severity[0]!.toUpperCase() + severity.slice(1);
}

/** The affected versions of one range as pip writes a requirement: ">= 3.0.0, < 3.9.0". */
export function affectedVersions(range: AdvisoryData['affected'][number]): string {
  return range.fixed ? `>= ${range.introduced}, < ${range.fixed}` : `>= ${range.introduced}`;
}

/** A date as readers read it, in UTC so every build says the same: "14 March 2026". */
export function readableDate(date: Date): string {
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The date part for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
