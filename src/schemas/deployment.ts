// Where the site is published, from the environment: checked here, so that a mistake in
// SITE_URL or SITE_BASE stops the build naming the variable, rather than producing pages or a
// server configuration that break (a base with a space fails `nginx -t`; `/../` is served
// without security headers; `.` or `+` in a base are pattern characters to nginx).

import { userError } from './user-error.ts';

export interface Deployment {
  /** The origin the site is served from: `https://example.org`, no path. */
  site: string;
  /** The URL path the site lives under, starting and ending with `/`. */
  base: string;
}

/** Characters a base path may hold between its slashes: they mean themselves in a URL, to nginx and to Netlify's rules. */
const segment = /^[A-Za-z0-9._~!+,=@-]+$/;

export function parseDeployment(env: Record<string, string | undefined>, defaults: Deployment): Deployment {
  return { site: parseSite(env.SITE_URL ?? defaults.site), base: parseBase(env.SITE_BASE ?? defaults.base) };
}

function parseSite(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw userError(
      `SITE_URL=${value} is not a URL: write the site's origin, e.g. SITE_URL=https://example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw userError(`SITE_URL=${value} must be an http or https URL, e.g. SITE_URL=https://example.org`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw userError(
      `SITE_URL=${value} has a path: set the origin and the path apart, SITE_URL=${url.origin} SITE_BASE=${url.pathname.replace(/\/?$/, '/')}`,
    );
  return url.origin;
}

function parseBase(value: string): string {
  const base = value.endsWith('/') ? value : `${value}/`;
  const segments = base.split('/').slice(1, -1);
  const valid =
    base.startsWith('/') && segments.every((part) => segment.test(part) && part !== '.' && part !== '..');
  if (!valid)
    throw userError(
      `SITE_BASE=${value} is not a URL path the site can live under: write / or /name/ (letters, digits and - . _ ~ ! + , = @ between slashes, no . or .. parts), e.g. SITE_BASE=/keras/`,
    );
  return base;
}
