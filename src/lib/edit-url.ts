/**
 * The links a page makes into the project's repository, in the shape of the host that keeps it:
 * GitHub, GitLab, Gitea and Forgejo (Codeberg), Bitbucket. Everything that links into the
 * repository goes through `repositoryLinks`, so a repository on another host gets its own links.
 */

/** Where a site's sources are kept: a repository, a branch and a folder in it. */
export interface SourceLocation {
  url: string;
  branch: string;
  path: string;
  /** The host's software, when its address does not say (a self-hosted GitLab at git.example.org). */
  forge?: Forge | undefined;
}

export const forges = ['github', 'gitlab', 'gitea', 'bitbucket'] as const;
/** The software a repository host runs: Codeberg and Forgejo are Gitea's shape. */
export type Forge = (typeof forges)[number];

/** Hosts known by name, and words that name the software in a self-hosted address. */
const knownHosts: Record<string, Forge> = {
  'github.com': 'github',
  'gitlab.com': 'gitlab',
  'codeberg.org': 'gitea',
  'gitea.com': 'gitea',
  'bitbucket.org': 'bitbucket',
};
const hostWords: [RegExp, Forge][] = [
  [/(^|[.-])gitlab([.-]|$)/, 'gitlab'],
  [/(^|[.-])(gitea|forgejo|codeberg)([.-]|$)/, 'gitea'],
  [/(^|[.-])bitbucket([.-]|$)/, 'bitbucket'],
  [/(^|[.-])github([.-]|$)/, 'github'],
];

/** The software behind a repository address, or undefined when its host name does not say. */
export function forgeOf(repositoryUrl: string): Forge | undefined {
  let host: string;
  try {
    host = new URL(repositoryUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return knownHosts[host] ?? hostWords.find(([word]) => word.test(host))?.[1];
}

/** The host's name as readers know it, for link labels ("Edit on GitLab"). */
export const forgeNames: Record<Forge, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  gitea: 'Gitea',
  bitbucket: 'Bitbucket',
};

export interface RepositoryLinks {
  forge: Forge;
  /** The host's editor for a file on a branch. */
  edit: (branch: string, file: string) => string;
  /** A file as the host shows it. */
  blob: (branch: string, file: string) => string;
  /** One commit. */
  commit: (sha: string) => string;
  /** Where anyone opens a (public) issue. */
  newIssue: string;
  /**
   * The host's own private vulnerability report form, where it has one: GitHub's private
   * vulnerability reporting, GitLab's confidential issues. Gitea and Bitbucket have none.
   */
  privateReport: string | undefined;
  /** The repository's security policy as the host shows it. */
  securityPolicy: (branch: string) => string;
  /** A GitHub security advisory (GHSA id): the repository's own page on GitHub, else GitHub's database. */
  advisory: (ghsa: string) => string;
}

const joinPath = (...parts: string[]) =>
  parts
    .map((part) => part.replace(/^\.?\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');

/** The links into the repository at `url`, in the shape of `forge` (by default, the one its host runs). */
export function repositoryLinks(url: string, forge: Forge = forgeOf(url) ?? 'github'): RepositoryLinks {
  const repo = url.replace(/\/+$/, '').replace(/\.git$/, '');
  const githubAdvisory = (ghsa: string) => `https://github.com/advisories/${ghsa}`;
  switch (forge) {
    case 'gitlab':
      return {
        forge,
        edit: (branch, file) => `${repo}/-/edit/${branch}/${joinPath(file)}`,
        blob: (branch, file) => `${repo}/-/blob/${branch}/${joinPath(file)}`,
        commit: (sha) => `${repo}/-/commit/${sha}`,
        newIssue: `${repo}/-/issues/new`,
        privateReport: `${repo}/-/issues/new?issue[confidential]=true`,
        securityPolicy: (branch) => `${repo}/-/blob/${branch}/SECURITY.md`,
        advisory: githubAdvisory,
      };
    case 'gitea':
      return {
        forge,
        edit: (branch, file) => `${repo}/_edit/${branch}/${joinPath(file)}`,
        blob: (branch, file) => `${repo}/src/branch/${branch}/${joinPath(file)}`,
        commit: (sha) => `${repo}/commit/${sha}`,
        newIssue: `${repo}/issues/new`,
        privateReport: undefined,
        securityPolicy: (branch) => `${repo}/src/branch/${branch}/SECURITY.md`,
        advisory: githubAdvisory,
      };
    case 'bitbucket':
      return {
        forge,
        // Bitbucket opens its editor from the file's page with ?mode=edit.
        edit: (branch, file) => `${repo}/src/${branch}/${joinPath(file)}?mode=edit`,
        blob: (branch, file) => `${repo}/src/${branch}/${joinPath(file)}`,
        commit: (sha) => `${repo}/commits/${sha}`,
        newIssue: `${repo}/issues/new`,
        privateReport: undefined,
        securityPolicy: (branch) => `${repo}/src/${branch}/SECURITY.md`,
        advisory: githubAdvisory,
      };
    case 'github':
      return {
        forge,
        edit: (branch, file) => `${repo}/edit/${branch}/${joinPath(file)}`,
        blob: (branch, file) => `${repo}/blob/${branch}/${joinPath(file)}`,
        commit: (sha) => `${repo}/commit/${sha}`,
        newIssue: `${repo}/issues/new`,
        privateReport: `${repo}/security/advisories/new`,
        securityPolicy: () => `${repo}/security/policy`,
        advisory: (ghsa) => `${repo}/security/advisories/${ghsa}`,
      };
  }
}

/** The host's editor for one file of the site's sources. */
export function editUrl(source: SourceLocation, file: string): string {
  return repositoryLinks(source.url, source.forge).edit(source.branch, joinPath(source.path, file));
}
