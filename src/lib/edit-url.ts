/** Where a site's sources are kept: a GitHub repository, a branch and a folder in it. */
export interface SourceLocation {
  url: string;
  branch: string;
  path: string;
}

/** GitHub's editor for one file of the site's sources. */
export function editUrl(source: SourceLocation, file: string): string {
  const parts = [source.path, file].map((part) => part.replace(/^\.?\/+|\/+$/g, '')).filter(Boolean);
  return `${source.url.replace(/\/+$/, '')}/edit/${source.branch}/${parts.join('/')}`;
}
