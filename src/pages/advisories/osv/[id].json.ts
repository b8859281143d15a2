import type { APIRoute, GetStaticPaths } from 'astro';
import { toOsv } from '../../../lib/advisories/osv';
import { getAdvisories, type Advisory } from '../../../lib/advisories/content';
import { withBase } from '../../../lib/base';
import { absoluteUrl, advisoryPath } from '../../../lib/paths';

export const getStaticPaths = (async () =>
  (await getAdvisories()).map((advisory) => ({
    params: { id: advisory.id },
    props: { advisory },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ advisory: Advisory }> = ({ props, site }) => {
  const record = toOsv(props.advisory, absoluteUrl(withBase(advisoryPath(props.advisory.id)), site!));
  return new Response(`${JSON.stringify(record, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
