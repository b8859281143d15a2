// The policy model for the pages: the one the build computed, handed over by the content check
// (src/integrations/content-check.ts) before anything renders; read afresh in `astro dev`,
// where content changes between requests.
import { project } from '../../config';
import { contentDir } from '../content-dir';
import { siteNameOf } from '../page-title';
import { readPolicyModel, type PolicyModel } from './read';

export type { PolicyModel } from './read';
export { readPolicyModel } from './read';

const handed = globalThis as { __handedPolicyModel?: PolicyModel };

/** Called once per build by the integration that computed the model: from then on every page reads this one. */
export function handPolicyModel(model: PolicyModel | undefined): void {
  handed.__handedPolicyModel = model;
}

/** The site's policy model: the build's, or in `astro dev` (and outside a build) the content's as it is now. */
export function policyModel(): PolicyModel {
  return handed.__handedPolicyModel ?? readPolicyModel(process.cwd(), contentDir);
}

/** The site's name, from the policy's title and the project's (src/lib/page-title.ts). */
export function policySiteName(): string {
  return siteNameOf(policyModel().title, project.name);
}
