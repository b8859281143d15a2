import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { policyTitle, project } from '../config';
import { readPolicy } from '../integrations/content-files';
import { withBase } from '../lib/base';
import { contentDir } from '../lib/content-dir';
import { absoluteUrl } from '../lib/paths';
import { parseContentFile } from '../lib/content-check/parse';
import { securityMd } from '../lib/security-md';

/**
 * SECURITY.md from the same content as the site, for the repository's root (GitHub shows it in
 * the Security tab). `npm run security-md` copies it there; a test fails when that copy is stale.
 */
export const GET: APIRoute = ({ site }) => {
  const policyDir = resolve(contentDir, 'policy');
  const { sections, intro } = readPolicy(process.cwd(), policyDir);
  const body = securityMd({
    title: policyTitle,
    intro: intro ? parseContentFile(intro.file, intro.source).parsed?.tree : undefined,
    sections,
    channels: project.reportingChannels,
    siteUrl: (path) => absoluteUrl(withBase(path), site!),
    source: `${contentDir.replace(/^\.\//, '')}/policy/*.mdx${intro ? ` and ${intro.file}` : ''}`,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
