import type { APIRoute } from 'astro';
import { AstroError } from 'astro/errors';
import { project } from '../../config';
import { withBase } from '../../lib/base';
import { absoluteUrl } from '../../lib/paths';
import { buildTime, expiresAt, expiryProblem, securityTxt } from '../../lib/security-txt';

// RFC 9116 wants this file at the domain root: where the site lives under a sub-path, copy it
// (or redirect) to https://<domain>/.well-known/security.txt.
export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => absoluteUrl(withBase(path), site!);
  const builtAt = buildTime(process.env);
  // Researchers' tools distrust an expired file: never publish one, whatever SOURCE_DATE_EPOCH says.
  const problem = expiryProblem(expiresAt(builtAt, project.securityTxt.expiresAfterDays), new Date());
  if (problem)
    throw new AstroError(
      problem,
      'Build with SOURCE_DATE_EPOCH unset, or set to a recent time: `SOURCE_DATE_EPOCH="$(npx node scripts/publish-epoch.ts)"`.',
    );
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
