import type { APIRoute } from 'astro';
import { AstroError } from 'astro/errors';
import { project } from '../../config';
import { withBase } from '../../lib/base';
import { absoluteUrl } from '../../lib/paths';
import { buildDateHint, buildDateProblem, buildTime, securityTxt } from '../../lib/security-txt';

// RFC 9116 wants this file at the domain root: where the site lives under a sub-path, copy it
// (or redirect) to https://<domain>/.well-known/security.txt.
export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => absoluteUrl(withBase(path), site!);
  // Researchers' tools distrust an expired file: never publish one, whatever SOURCE_DATE_EPOCH says.
  // (The build-date integration refuses such a date before the build starts; this stays the last word.)
  const problem = buildDateProblem(process.env, project.securityTxt.expiresAfterDays);
  if (problem) throw new AstroError(problem, buildDateHint);
  const builtAt = buildTime(process.env);
  const body = securityTxt({
    contacts: project.reportingChannels.map((channel) => channel.url),
    policy: url('/'),
    canonical: url('/.well-known/security.txt'),
    languages: project.securityTxt.preferredLanguages,
    builtAt,
    expiresAfterDays: project.securityTxt.expiresAfterDays,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
