import type { APIRoute } from 'astro';
import { project } from '../../config';
import { affectedVersions, severityLabel } from '../../lib/format';
import { getAdvisories } from '../../lib/advisories/content';
import { projectFeed } from '../../lib/project-feed';
import { withBase } from '../../lib/base';
import { escapeHtml } from '../../lib/html-text';
import { absoluteUrl, advisoriesFeedPath, advisoriesPath, advisoryPath } from '../../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => absoluteUrl(withBase(path), site!);
  const advisories = await getAdvisories();
  const entries = advisories.map(({ id, data }) => ({
    id: url(advisoryPath(id)),
    title: `${id}: ${data.summary}`,
    link: url(advisoryPath(id)),
    updated: data.modified ?? data.published,
    published: data.published,
    summary: data.summary,
    content: `<p>Severity: ${severityLabel(data.severity)}. Affected: ${data.affected
      .map((range) => `${escapeHtml(range.package)} ${escapeHtml(affectedVersions(range))}`)
      .join('; ')}.</p>`,
  }));
  return projectFeed({
    title: `${project.name} security advisories`,
    subtitle: `Vulnerabilities fixed in ${project.name}, as they are published.`,
    link: url(advisoriesPath),
    feedUrl: url(advisoriesFeedPath),
    entries,
  });
};
