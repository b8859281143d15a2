import type { APIRoute } from 'astro';
import { project } from '../../config';
import { policyModel } from '../../lib/policy-model';
import { withBase } from '../../lib/base';
import { changeEntries } from '../../lib/history/changes';
import { escapeHtml } from '../../lib/html-text';
import { absoluteUrl, changesFeedPath, changesPath, sectionPath } from '../../lib/paths';
import { getPolicy } from '../../lib/policy-content';
import { getPolicyHistory } from '../../lib/history/policy';
import { projectFeed } from '../../lib/project-feed';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => absoluteUrl(withBase(path), site!);
  const { sections } = await getPolicy();
  const policyTitle = policyModel().title;
  const { revisions, renames } = getPolicyHistory();
  const changes = changeEntries(revisions, sections, renames);
  const entries = changes.map((change) => ({
    id: `${url(changesPath)}#change-${change.commit.slice(0, 12)}`,
    title: change.summary,
    link: `${url(changesPath)}#change-${change.commit.slice(0, 12)}`,
    updated: change.date,
    summary: `Sections: ${[...change.sections.map((s) => s.title), ...change.formerFiles].join(', ')}`,
    content: `<p>Sections changed: ${change.sections
      .map((s) => `<a href="${escapeHtml(url(sectionPath(s.slug)))}">${escapeHtml(s.title)}</a>`)
      .join(', ')}</p>`,
  }));
  return projectFeed({
    title: `${project.name} ${policyTitle.toLowerCase()}: changes`,
    subtitle: `Each revision of the ${project.name} security policy.`,
    link: url(changesPath),
    feedUrl: url(changesFeedPath),
    entries,
  });
};
