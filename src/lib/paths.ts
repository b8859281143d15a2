/**
 * Every internal URL goes through here, so the site works at a domain root and under a
 * sub-path alike (`base` in astro.config.mjs).
 */

/** Joins a base path ("/", "/keras/") and a site path ("/data-privacy/#x") into one URL path. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  if (path === '' || path === '/') return `${trimmedBase}/`;
  if (path.startsWith('#') || path.startsWith('?')) return `${trimmedBase}/${path}`;
  return `${trimmedBase}/${path.replace(/^\/+/, '')}`;
}

/** Whether an href points inside the site as a root-relative path (not `//host`, not `#x`). */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** The site path of a section page, from its slug. */
export function sectionPath(slug: string): string {
  return `/${slug}/`;
}

/** A section as Markdown, beside its page (`/data-privacy/` → `/data-privacy.md`). */
export function sectionMarkdownPath(slug: string): string {
  return `/${slug}.md`;
}

/** Path of the overview, the site's home. */
export const homePath = '/';

/** Path of the page that holds the whole policy, for reading top to bottom and printing. */
export const fullPolicyPath = '/policy/';

/** The absolute URL of a path already joined with the base. */
export function absoluteUrl(pathWithBase: string, site: URL | string): string {
  return new URL(pathWithBase, site).href;
}

/** The list of security advisories. */
export const advisoriesPath = '/advisories/';

/** An advisory's page, by its id (GHSA-…, or CVE-… when it has no GHSA id). */
export function advisoryPath(id: string): string {
  return `${advisoriesPath}${id}/`;
}

/** The advisories as an Atom feed. */
export const advisoriesFeedPath = `${advisoriesPath}feed.xml`;

/** An advisory in OSV JSON, and the index of all of them, for scanners. */
export function osvPath(id: string): string {
  return `${advisoriesPath}osv/${id}.json`;
}
export const osvIndexPath = `${advisoriesPath}osv/index.json`;

/** The policy's revisions, and their Atom feed. */
export const changesPath = '/changes/';
export const changesFeedPath = `${changesPath}feed.xml`;

/** SECURITY.md as the build renders it from the same content. */
export const securityMdPath = '/SECURITY.md';

/** The policy for language models and other tools (llmstxt.org): its sections, linked to their Markdown. */
export const llmsTxtPath = '/llms.txt';
