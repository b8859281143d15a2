import type { APIRoute } from 'astro';
import { project } from '../../config';
import { withBase } from '../../lib/base';
import { absoluteUrl } from '../../lib/paths';
import { buildTime, securityTxt } from '../../lib/security-txt';

// RFC 9116 wants this file at the domain root: where the site lives under a sub-path, copy it
// (or redirect) to https://<domain>/.well-known/security.txt.
export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => absoluteUrl(withBase(path), site!);
  const body = securityTxt({
    contacts: project.reportingChannels.map((channel) => channel.url),
    policy: url('/'),
    canonical: url('/.well-known/security.txt'),
    languages: project.securityTxt.preferredLanguages,
    builtAt: buildTime(process.env),
    expiresAfterDays: project.securityTxt.expiresAfterDays,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
