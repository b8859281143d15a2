import type { APIRoute } from 'astro';
import { osvIndex } from '../../../lib/advisories/osv';
import { getAdvisories } from '../../../lib/advisories/content';
import { withBase } from '../../../lib/base';
import { absoluteUrl, osvPath } from '../../../lib/paths';

/** Every advisory's OSV file with its last change: `[]` while none are published. */
export const GET: APIRoute = async ({ site }) => {
  const index = osvIndex(await getAdvisories(), (id) => absoluteUrl(withBase(osvPath(id)), site!));
  return new Response(`${JSON.stringify(index, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
