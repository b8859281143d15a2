/**
 * Which images the site shows, and from where. GitHub shows every image of a SECURITY.md, but it
 * loads the ones from other hosts through its own proxy (camo), so the host never learns who reads
 * the file. A static site has no proxy: an image from a badge service or a tracking pixel would
 * tell a third party which people read a security policy, and when, often just before they report
 * a vulnerability. So the site shows the images it can load without telling anyone new: its own
 * files, and the files of the policy's own repository on GitHub (what a relative image in a
 * SECURITY.md names), which GitHub serves and which already hosts the project, its policy and its
 * reports. The Content-Security-Policy allows exactly those (astro.config.mjs); any other image
 * becomes a link to it, its alt text the link's text, so the reader chooses whether to load it.
 */

const githubRepository = /^https:\/\/github\.com\/([^/?#]+)\/([^/?#]+?)(?:\.git)?\/?$/;

/**
 * The address the repository's files are served from as images, ending in `/`
 * (`https://raw.githubusercontent.com/owner/name/`), for a repository on GitHub; else undefined.
 * GitHub's own `…/raw/HEAD/…` links redirect there, which the Content-Security-Policy would check
 * against both hosts: the import writes this address itself.
 */
export function repositoryImageBase(repositoryUrl: string): string | undefined {
  const match = githubRepository.exec(repositoryUrl);
  return match ? `https://raw.githubusercontent.com/${match[1]}/${match[2]}/` : undefined;
}

/** Where the repository's file at `path` (from its root, with any query) loads as an image. */
export function repositoryImageUrl(repositoryUrl: string, path: string): string {
  const base = repositoryImageBase(repositoryUrl);
  return base ? `${base}HEAD/${path}` : `${repositoryUrl.replace(/\/$/, '')}/raw/HEAD/${path}`;
}

/**
 * Whether the site shows the image at `url` (as the import resolves it): a path of the site
 * itself, or a file of the repository on GitHub. Anything else is shown as a link.
 */
export function siteShowsImage(url: string, repositoryUrl: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  const base = repositoryImageBase(repositoryUrl);
  return base !== undefined && url.startsWith(base) && !url.slice(base.length).includes('..');
}
