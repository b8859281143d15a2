import type { AstroIntegration } from 'astro';
import { project } from '../config';
import { buildDateHint, buildDateProblem } from '../lib/security-txt';
import { userError } from '../schemas/user-error';

/**
 * Refuses a SOURCE_DATE_EPOCH that would publish a wrong security.txt (not a time, expired, or
 * expiring more than a year away) when the build starts, in a second, rather than when
 * /.well-known/security.txt renders at its end.
 */
export function buildDate(): AstroIntegration {
  return {
    name: 'build-date',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const problem = buildDateProblem(process.env, project.securityTxt.expiresAfterDays);
        if (problem) throw userError(problem, buildDateHint);
      },
    },
  };
}
