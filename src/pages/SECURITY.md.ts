import type { APIRoute } from 'astro';
import { project } from '../config';
import { withBase } from '../lib/base';
import { contentDir } from '../lib/content-dir';
import { absoluteUrl } from '../lib/paths';
import { policyModel } from '../lib/policy-model';
import { securityMd } from '../lib/security-md';

/**
 * SECURITY.md from the same content as the site, for the repository's root (GitHub shows it in
 * the Security tab). `npm run security-md` copies it there; a test fails when that copy is stale.
 */
export const GET: APIRoute = ({ site }) => {
  const { sections, intro, title } = policyModel();
  const body = securityMd({
    title,
    intro: intro?.tree,
    sections,
    channels: project.reportingChannels,
    siteUrl: (path) => absoluteUrl(withBase(path), site!),
    source: `${contentDir.replace(/^\.\//, '')}/policy/*.mdx${intro ? ` and ${intro.file}` : ''}`,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
