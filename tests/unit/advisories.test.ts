import { project } from '../../src/config';
import { describe, expect, it } from 'vitest';
import { advisorySchema, compareVersions } from '../../src/schemas/advisory';
import { osvIndex, toOsv } from '../../src/lib/advisories/osv';
import { atomFeed } from '../../src/lib/atom';
import { projectFeed } from '../../src/lib/project-feed';
import { validateOsv } from '../helpers/osv';

const valid = {
  ghsa: 'GHSA-4p5x-3ww9-7r2q',
  summary: 'Code execution when loading a model',
  severity: 'critical',
  affected: [{ introduced: '3.0.0', fixed: '3.9.0' }],
  published: '2026-03-14',
};

describe('advisory schema', () => {
  it.each([
    ['no id at all', { ghsa: undefined }, 'an advisory needs an id'],
    ['a malformed GHSA id', { ghsa: 'GHSA-1111-2222-3333' }, 'ghsa must be a GitHub advisory id'],
    ['a malformed CVE id', { cve: 'CVE-26-1' }, 'cve must be a CVE id'],
    ['an unknown severity', { severity: 'severe' }, 'severity must be one of low, moderate, high, critical'],
    ['a CVSS 2 vector', { cvss: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }, 'cvss must be a CVSS 3.1 or 4.0 base vector'],
    [
      'a fix before the bug',
      { affected: [{ introduced: '3.9.0', fixed: '3.1.0' }] },
      'fixed version must come after',
    ],
    [
      'a version that is not one',
      { affected: [{ introduced: 'latest' }] },
      'introduced must be a PyPI version',
    ],
    ['modified before published', { modified: '2026-01-01' }, 'modified is before published'],
    ['withdrawn before published', { withdrawn: '2026-01-01' }, 'withdrawn is before published'],
    ['published in 2999', { published: '2999-01-01', modified: '2999-01-02' }, 'published is in the future'],
    ['modified in 2999', { modified: '2999-01-01' }, 'modified is in the future'],
    ['withdrawn in 2999', { withdrawn: '2999-01-01' }, 'withdrawn is in the future'],
    [
      'an http reference',
      { references: [{ type: 'WEB', url: 'javascript:alert(1)' }] },
      'reference url must be an https:// address',
    ],
  ])('refuses %s', (_, change, message) => {
    const result = advisorySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  it('fills in the package and ecosystem from the configuration', () => {
    const data = advisorySchema.parse(valid);
    expect(data.affected[0]).toMatchObject({
      package: project.package.name,
      ecosystem: project.package.ecosystem,
    });
    expect(data.credits).toEqual([]);
  });

  it.each([
    ['npm', 'pkg:npm/'],
    ['crates.io', 'pkg:cargo/'],
    ['PyPI', 'pkg:pypi/'],
  ])('an advisory for %s names its package as %s…', (ecosystem, purl) => {
    const data = advisorySchema.parse({
      ...valid,
      affected: [{ package: 'thing', ecosystem, introduced: '1.0.0', fixed: '1.0.1' }],
    });
    const record = toOsv({ id: 'GHSA-4p5x-3ww9-7r2q', data, details: 'x' }, 'https://example.org/a/');
    expect(record.affected[0]!.package.purl).toBe(`${purl}thing`);
  });

  it('refuses an ecosystem OSV does not know, listing those it does', () => {
    const result = advisorySchema.safeParse({
      ...valid,
      affected: [{ package: 'thing', ecosystem: 'CPAN', introduced: '1.0.0' }],
    });
    expect(result.error?.issues[0]?.message).toMatch(/^ecosystem must be one of PyPI, npm, crates\.io/);
  });

  it.each([
    ['3.9.0', '3.10.0', -1],
    ['3.10', '3.10.0', 0],
    ['2.15.1', '2.15.0', 1],
  ])('compareVersions(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('OSV', () => {
  const data = advisorySchema.parse({
    ...valid,
    cve: 'CVE-2026-10001',
    cvss: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
  });
  const record = toOsv(
    { id: 'GHSA-4p5x-3ww9-7r2q', data, details: '## Impact\n\nBad.' },
    'https://example.org/a/',
  );

  it('is valid OSV, with the CVE as alias, CVSS 4 severity and an ECOSYSTEM range', () => {
    expect(validateOsv(record)).toEqual([]);
    expect(record).toMatchObject({
      id: 'GHSA-4p5x-3ww9-7r2q',
      aliases: ['CVE-2026-10001'],
      published: '2026-03-14T00:00:00Z',
      modified: '2026-03-14T00:00:00Z',
      severity: [{ type: 'CVSS_V4' }],
      affected: [
        {
          package: {
            ecosystem: project.package.ecosystem,
            name: project.package.name,
            purl: expect.stringMatching(new RegExp(`/${project.package.name}$`)),
          },
        },
      ],
      database_specific: { severity: 'CRITICAL' },
    });
    expect(record.references.at(-1)).toEqual({ type: 'WEB', url: 'https://example.org/a/' });
  });

  it('the schema check catches a broken record', () => {
    expect(validateOsv({ ...record, modified: 'yesterday' })).toEqual([
      '/modified must match format "date-time"',
    ]);
  });

  it('the index lists each record with its last change, newest first', () => {
    const older = {
      id: 'CVE-2020-1',
      data: { ...data, published: new Date('2020-01-01'), modified: undefined },
      details: '',
    };
    expect(
      osvIndex([older, { id: 'GHSA-4p5x-3ww9-7r2q', data, details: '' }], (id) => `/osv/${id}.json`),
    ).toEqual([
      { id: 'GHSA-4p5x-3ww9-7r2q', modified: '2026-03-14T00:00:00Z', url: '/osv/GHSA-4p5x-3ww9-7r2q.json' },
      { id: 'CVE-2020-1', modified: '2020-01-01T00:00:00Z', url: '/osv/CVE-2020-1.json' },
    ]);
  });
});

describe('atomFeed', () => {
  it('escapes titles, which Atom readers take as HTML, and has no generator', () => {
    const feed = atomFeed({
      title: 'T',
      subtitle: 'S',
      link: 'https://example.org/',
      feedUrl: 'https://example.org/feed.xml',
      updated: new Date('2026-01-01T00:00:00Z'),
      author: 'A',
      rights: 'R',
      entries: [
        {
          id: 'https://example.org/x',
          title: '<img src=x onerror=alert(1)>',
          link: 'https://example.org/x',
          updated: new Date(0),
          summary: 's',
        },
      ],
    });
    expect(feed).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(feed).not.toContain('<img');
    expect(feed).not.toContain('<generator');
  });
});

describe('projectFeed', () => {
  const entry = (id: string, updated: string) => ({
    id: `https://example.org/${id}`,
    title: id,
    link: `https://example.org/${id}`,
    updated: new Date(updated),
    summary: id,
  });
  const feed = (entries: ReturnType<typeof entry>[]) =>
    projectFeed({
      title: 'T',
      subtitle: 'S',
      link: 'https://example.org/',
      feedUrl: 'https://example.org/f.xml',
      entries,
    });

  it('is updated when its most recently changed entry was, wherever that entry sits', async () => {
    // Advisories are listed by publication; an older one may have changed last.
    const response = feed([
      entry('new', '2026-03-01T00:00:00Z'),
      entry('old-but-edited', '2026-05-01T00:00:00Z'),
    ]);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await response.text()).toContain('<updated>2026-05-01T00:00:00.000Z</updated>');
  });

  it('with no entries, is updated at the build (SOURCE_DATE_EPOCH)', async () => {
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1767225600';
    try {
      expect(await feed([]).text()).toContain('<updated>2026-01-01T00:00:00.000Z</updated>');
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });
});
