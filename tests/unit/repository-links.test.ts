import { describe, expect, it } from 'vitest';
import { editUrl, forgeOf, repositoryLinks, type Forge } from '../../src/lib/edit-url';

describe('forgeOf: the software behind a repository address', () => {
  it.each([
    ['https://github.com/o/r', 'github'],
    ['https://gitlab.com/group/sub/r', 'gitlab'],
    ['https://gitlab.example.org/o/r', 'gitlab'],
    ['https://codeberg.org/o/r', 'gitea'],
    ['https://gitea.com/o/r', 'gitea'],
    ['https://forgejo.example.org/o/r', 'gitea'],
    ['https://bitbucket.org/o/r', 'bitbucket'],
    ['https://git.example.org/o/r', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, forge) => {
    expect(forgeOf(url)).toBe(forge);
  });
});

const file = 'content/policy/data-privacy.mdx';

describe.each<[string, string, Record<string, string | undefined>]>([
  [
    'GitHub',
    'https://github.com/o/r',
    {
      edit: `https://github.com/o/r/edit/main/${file}`,
      blob: `https://github.com/o/r/blob/main/${file}`,
      commit: 'https://github.com/o/r/commit/abc123',
      newIssue: 'https://github.com/o/r/issues/new',
      privateReport: 'https://github.com/o/r/security/advisories/new',
      securityPolicy: 'https://github.com/o/r/security/policy',
      advisory: 'https://github.com/o/r/security/advisories/GHSA-aaaa-bbbb-cccc',
    },
  ],
  [
    'GitLab (a subgroup)',
    'https://gitlab.com/g/sub/r/',
    {
      edit: `https://gitlab.com/g/sub/r/-/edit/main/${file}`,
      blob: `https://gitlab.com/g/sub/r/-/blob/main/${file}`,
      commit: 'https://gitlab.com/g/sub/r/-/commit/abc123',
      newIssue: 'https://gitlab.com/g/sub/r/-/issues/new',
      privateReport: 'https://gitlab.com/g/sub/r/-/issues/new?issue[confidential]=true',
      securityPolicy: 'https://gitlab.com/g/sub/r/-/blob/main/SECURITY.md',
      advisory: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
    },
  ],
  [
    'Codeberg (Gitea, Forgejo)',
    'https://codeberg.org/o/r.git',
    {
      edit: `https://codeberg.org/o/r/_edit/main/${file}`,
      blob: `https://codeberg.org/o/r/src/branch/main/${file}`,
      commit: 'https://codeberg.org/o/r/commit/abc123',
      newIssue: 'https://codeberg.org/o/r/issues/new',
      privateReport: undefined,
      securityPolicy: 'https://codeberg.org/o/r/src/branch/main/SECURITY.md',
      advisory: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
    },
  ],
  [
    'Bitbucket',
    'https://bitbucket.org/o/r',
    {
      edit: `https://bitbucket.org/o/r/src/main/${file}?mode=edit`,
      blob: `https://bitbucket.org/o/r/src/main/${file}`,
      commit: 'https://bitbucket.org/o/r/commits/abc123',
      newIssue: 'https://bitbucket.org/o/r/issues/new',
      privateReport: undefined,
      securityPolicy: 'https://bitbucket.org/o/r/src/main/SECURITY.md',
      advisory: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
    },
  ],
])('repositoryLinks on %s', (_, url, expected) => {
  const links = repositoryLinks(url);
  it.each(Object.entries(expected))('%s', (kind, want) => {
    const got = {
      edit: links.edit('main', file),
      blob: links.blob('main', file),
      commit: links.commit('abc123'),
      newIssue: links.newIssue,
      privateReport: links.privateReport,
      securityPolicy: links.securityPolicy('main'),
      advisory: links.advisory('GHSA-aaaa-bbbb-cccc'),
    }[kind];
    expect(got).toBe(want);
  });
});

describe('editUrl', () => {
  it.each<[string, Forge | undefined, string]>([
    ['https://gitlab.com/o/r', undefined, `https://gitlab.com/o/r/-/edit/main/site/${file}`],
    // A self-hosted GitLab its address does not name: `forge` in src/config.ts says.
    ['https://git.example.org/o/r', 'gitlab', `https://git.example.org/o/r/-/edit/main/site/${file}`],
    ['https://codeberg.org/o/r', undefined, `https://codeberg.org/o/r/_edit/main/site/${file}`],
  ])('%s (forge %s), in a folder', (url, forge, expected) => {
    expect(editUrl({ url, branch: 'main', path: 'site/', forge }, `./${file}`)).toBe(expected);
  });
});
