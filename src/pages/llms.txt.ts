import type { APIRoute } from 'astro';
import { project } from '../config';
import { policyModel, policySiteName } from '../lib/policy-model';
import { withBase } from '../lib/base';
import { llmsTxt } from '../lib/llms-txt';
import { absoluteUrl } from '../lib/paths';
import { getPolicy } from '../lib/policy-content';

/** `/llms.txt` (llmstxt.org): the policy's sections for assistants, each linked to its Markdown. */
export const GET: APIRoute = async ({ site }) => {
  const { groups } = await getPolicy();
  const policyTitle = policyModel().title;
  const siteName = policySiteName();
  const body = llmsTxt({
    name: siteName,
    summary: `The security policy of ${project.name}: how to use it securely, and how to report a vulnerability privately.`,
    title: policyTitle,
    groups,
    url: (path) => absoluteUrl(withBase(path), site!),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
