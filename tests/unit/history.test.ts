import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changeEntries } from '../../src/lib/history/changes';
import { currentName, lastChanged, parseGitLog, parseRenames } from '../../src/lib/history/git-log';
import { readPolicyHistory } from '../../src/lib/history/read';

const record = (commit: string, date: string, subject: string, trailer: string, files: string[]) =>
  `\u001e${commit}\u001f${date}\u001f${subject}\u001f${trailer}\u001f\n\n${files.join('\n')}\n`;

const log = [
  record('c3', '2026-06-01T00:00:00Z', 'New search terms', 'none', ['content/policy/reporting.mdx']),
  record('c2', '2026-05-02T10:00:00+02:00', 'Reword the reporting section', 'Say how long a fix may take', [
    'content/policy/reporting.mdx',
  ]),
  record('c1', '2026-01-10T09:00:00+00:00', 'Add the policy', '', [
    'content/policy/reporting.mdx',
    'content/policy/old-name.mdx',
    'content/anchors.lock.json',
  ]),
  record('c0', '2025-12-01T00:00:00Z', 'Only the lock', '', ['content/anchors.lock.json']),
].join('');

describe('parseGitLog', () => {
  const revisions = parseGitLog(log);

  it.each([
    [0, 'c2', '2026-05-02T08:00:00.000Z', 'Say how long a fix may take', ['content/policy/reporting.mdx']],
    [
      1,
      'c1',
      '2026-01-10T09:00:00.000Z',
      'Add the policy',
      ['content/policy/reporting.mdx', 'content/policy/old-name.mdx'],
    ],
  ])(
    'revision %i: %s, its date in UTC, the trailer over the subject, only .mdx files',
    (index, commit, date, summary, files) => {
      expect(revisions[index]).toEqual({ commit, date: new Date(date), summary, files });
    },
  );

  it('leaves out commits that touched no section or say `Policy-Change: none`, and reads empty output as no history', () => {
    expect(revisions).toHaveLength(2);
    expect(parseGitLog('')).toEqual([]);
  });

  it.each([
    ['content/policy/reporting.mdx', '2026-05-02T08:00:00.000Z'],
    ['content/policy/old-name.mdx', '2026-01-10T09:00:00.000Z'],
    ['content/policy/never.mdx', undefined],
  ])('lastChanged(%s) = %s', (file, date) => {
    expect(lastChanged(file, revisions)?.toISOString()).toBe(date);
  });

  it('changeEntries names the sections that still exist, and the files that no longer do', () => {
    const sections = [
      { id: 'reporting', filePath: 'content/policy/reporting.mdx', data: { title: 'Reporting' } },
    ];
    expect(changeEntries(revisions, sections)[1]).toMatchObject({
      sections: [{ slug: 'reporting', title: 'Reporting' }],
      formerFiles: ['old-name'],
    });
  });
});

describe('readPolicyHistory in a shallow clone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'history-'));
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
      cwd,
      encoding: 'utf8',
    });
  const origin = join(dir, 'origin');
  mkdirSync(join(origin, 'content/policy'), { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  for (const [day, text] of [
    ['01', 'one'],
    ['02', 'two'],
    ['03', 'three'],
  ] as const) {
    writeFileSync(join(origin, 'content/policy/a.mdx'), text);
    git(origin, 'add', '.');
    execFileSync(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', `Revision ${text}`],
      {
        cwd: origin,
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: `2026-01-${day}T00:00:00Z`,
          GIT_AUTHOR_DATE: `2026-01-${day}T00:00:00Z`,
        },
      },
    );
  }
  const clone = (depth: number) => {
    const target = join(dir, `depth-${depth}`);
    git(dir, 'clone', '-q', '--depth', String(depth), `file://${origin}`, target);
    return readPolicyHistory(target, join(target, 'content/policy'));
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a full clone has every revision, and no note', () => {
    const history = readPolicyHistory(origin, join(origin, 'content/policy'));
    expect(history.revisions.map((r) => r.summary)).toEqual([
      'Revision three',
      'Revision two',
      'Revision one',
    ]);
    expect(history.partial).toBeUndefined();
  });

  it('--depth 2 is read as far as it goes, without the commit it ends at, and says it is a shallow clone', () => {
    const history = clone(2);
    expect(history.revisions.map((r) => r.summary)).toEqual(['Revision three']);
    expect(history.partial).toMatch(
      /^this is a shallow git clone, so the policy's history goes back only to 2026-01-03: fetch the whole history \(git fetch --unshallow/,
    );
  });

  it('--depth 1 has no revision it can tell, and says why', () => {
    const history = clone(1);
    expect(history.revisions).toEqual([]);
    expect(history.unavailable).toMatch(/^this is a shallow git clone, so the policy's history is not in it/);
  });
});

describe('renamed sections', () => {
  const renames = parseRenames(
    [
      'R100\tcontent/policy/b.mdx\tcontent/policy/c.mdx',
      'R087\tcontent/policy/a.mdx\tcontent/policy/b.mdx',
      'M\tx',
    ].join('\n'),
  );
  it.each([
    ['content/policy/a.mdx', 'content/policy/c.mdx'],
    ['content/policy/b.mdx', 'content/policy/c.mdx'],
    ['content/policy/c.mdx', 'content/policy/c.mdx'],
    ['content/policy/gone.mdx', 'content/policy/gone.mdx'],
  ])('%s is now %s', (file, now) => {
    expect(currentName(file, renames)).toBe(now);
  });

  it('a revision of a file renamed since names the section by its title, not the file', () => {
    const revisions = parseGitLog(
      record('c1', '2026-01-10T09:00:00Z', 'Add', '', ['content/policy/a.mdx', 'content/policy/gone.mdx']),
    );
    const sections = [{ id: 'c', filePath: 'content/policy/c.mdx', data: { title: 'Cookies and data' } }];
    expect(changeEntries(revisions, sections, renames)[0]).toMatchObject({
      sections: [{ slug: 'c', title: 'Cookies and data' }],
      formerFiles: ['gone'],
    });
  });

  it('readPolicyHistory follows a rename git made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'renames-'));
    try {
      const run = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
      mkdirSync(join(dir, 'content/policy'), { recursive: true });
      run('init', '-q', '-b', 'main');
      writeFileSync(
        join(dir, 'content/policy/old.mdx'),
        'A section long enough to be recognised as renamed.\n'.repeat(5),
      );
      run('add', '.');
      run('commit', '-q', '-m', 'Add');
      run('mv', 'content/policy/old.mdx', 'content/policy/new.mdx');
      run('commit', '-q', '-m', 'Rename');
      const history = readPolicyHistory(dir, join(dir, 'content/policy'));
      const sections = [{ id: 'new', filePath: 'content/policy/new.mdx', data: { title: 'New title' } }];
      expect(
        changeEntries(history.revisions, sections, history.renames).map((c) => [
          c.summary,
          c.sections,
          c.formerFiles,
        ]),
      ).toEqual([
        ['Rename', [{ slug: 'new', title: 'New title' }], []],
        ['Add', [{ slug: 'new', title: 'New title' }], []],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
