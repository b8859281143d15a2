import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The addresses the site publishes besides its section pages, derived from the one place that
 * makes them: the routes in `src/pages` and the files in `public/`. A route with a parameter
 * stands for the values the content gives it: `[slug]` a section's, `[id]` an advisory's
 * (`src/pages/advisories/`), so `/advisories/GHSA-…/` is a page only when that advisory exists.
 */
export interface SiteRoute {
  /** Matches a site path, without query or fragment. */
  pattern: RegExp;
  /** Whether it is a page (`/changes/`), rather than a file (`/llms.txt`). */
  page: boolean;
  /** For a `[slug]` route, the section whose address it is, from the path. */
  section?: (path: string) => string | undefined;
  /** For an `[id]` route, the advisory whose address it is, from the path. */
  advisory?: (path: string) => string | undefined;
}

const pagesDir = fileURLToPath(new URL('../../pages/', import.meta.url));
const publicDir = fileURLToPath(new URL('../../../public/', import.meta.url));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The route a file under `src/pages` (`changes/index.astro`, `[slug].md.ts`) publishes. */
export function routeOf(file: string): SiteRoute | undefined {
  const posix = file.split('\\').join('/');
  const page = posix.endsWith('.astro');
  const name = posix.replace(/\.(astro|ts|js|mjs)$/, '');
  // `[...moved]` forwards former addresses: the content check knows those from the sections.
  if (name.includes('[...') || !/\.(astro|ts|js|mjs)$/.test(posix) || name === '404') return undefined;
  const path = `/${name.replace(/(^|\/)index$/, '$1')}`;
  let source = '';
  let group: 'section' | 'advisory' | undefined;
  for (const part of path.split(/(\[[^\]]+\])/)) {
    if (part === '[slug]' || part === '[id]') {
      source += '([^/]+)';
      group = part === '[slug]' ? 'section' : 'advisory';
    } else if (/^\[[^\]]+\]$/.test(part))
      throw new Error(
        `${file}: a route parameter the content check does not know; teach site-paths.ts what its values are`,
      );
    else source += escape(part);
  }
  if (page) source = source.endsWith('/') ? `${source}?` : `${source}/?`;
  const pattern = new RegExp(`^${source}$`);
  return {
    pattern,
    page,
    ...(group ? { [group]: (p: string) => pattern.exec(p)?.[1] } : {}),
  };
}

/** Every route of `src/pages`, and a route for each file of `public/`. */
export function siteRoutes(pages = pagesDir, assets = publicDir): SiteRoute[] {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.length).replace(/^\/+/, ''))
      : [];
  return [
    ...list(pages).flatMap((file) => routeOf(file) ?? []),
    ...list(assets).map((file) => ({ pattern: new RegExp(`^/${escape(file)}$`), page: false })),
  ];
}
