import { describe, expect, it } from 'vitest';
import { changeEntries } from '../../src/lib/history/changes';
import { lastChanged, parseGitLog } from '../../src/lib/history/git-log';

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
      formerFiles: ['content/policy/old-name.mdx'],
    });
  });
});
