import { describe, expect, it } from 'vitest';
import {
  groupByPart,
  navGroups,
  neighbours,
  orderSections,
  reportingSection,
  sectionLevel,
  type ReportingFacts,
  type SectionLike,
} from '../../src/lib/sections';

const section = (id: string, order: number, part?: string): SectionLike => ({
  id,
  data: { title: id, description: `${id}.`, order, part },
});

const using = 'Using Keras Securely';
const policy = [
  section('reporting', 5),
  section('data-privacy', 2, using),
  section('untrusted-inputs', 1, using),
  section('multi-tenant', 4, using),
  section('untrusted-environments', 3, using),
];

describe('orderSections', () => {
  it('orders by frontmatter order, not by input or file name', () => {
    expect(orderSections(policy).map((s) => s.id)).toEqual([
      'untrusted-inputs',
      'data-privacy',
      'untrusted-environments',
      'multi-tenant',
      'reporting',
    ]);
  });

  it('does not change its input', () => {
    const input = [...policy];
    orderSections(input);
    expect(input).toEqual(policy);
  });
});

describe('neighbours', () => {
  const ordered = orderSections(policy);
  it.each([
    ['untrusted-inputs', undefined, 'data-privacy'],
    ['data-privacy', 'untrusted-inputs', 'untrusted-environments'],
    ['multi-tenant', 'untrusted-environments', 'reporting'],
    ['reporting', 'multi-tenant', undefined],
  ])('%s: prev %s, next %s', (id, prev, next) => {
    const result = neighbours(ordered, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });

  it('throws for an unknown section', () => {
    expect(() => neighbours(ordered, 'nope')).toThrow(/No section with id "nope"/);
  });
});

describe('groupByPart', () => {
  it.each([
    {
      name: 'the Keras policy: one part, then a top-level section',
      input: orderSections(policy),
      expected: [
        {
          part: 'using-keras-securely',
          ids: ['untrusted-inputs', 'data-privacy', 'untrusted-environments', 'multi-tenant'],
        },
        { part: undefined, ids: ['reporting'] },
      ],
    },
    {
      name: 'top-level sections stay one group each',
      input: [section('a', 1), section('b', 2)],
      expected: [
        { part: undefined, ids: ['a'] },
        { part: undefined, ids: ['b'] },
      ],
    },
    {
      name: 'two parts in a row',
      input: [section('a', 1, 'One'), section('b', 2, 'Two'), section('c', 3, 'Two')],
      expected: [
        { part: 'one', ids: ['a'] },
        { part: 'two', ids: ['b', 'c'] },
      ],
    },
    { name: 'no sections', input: [], expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(groupByPart(input).map((g) => ({ part: g.part?.id, ids: g.sections.map((s) => s.id) }))).toEqual(
      expected,
    );
  });
});

describe('sectionLevel', () => {
  it.each([
    [section('a', 1, using), 3],
    [section('b', 2), 2],
  ])('%o is at level %i on the one-page policy', (input, level) => {
    expect(sectionLevel(input)).toBe(level);
  });
});

describe('navGroups', () => {
  const entry = (id: string, part?: string) => section(id, 0, part);
  const big = groupByPart([
    ...Array.from({ length: 40 }, (_, i) => entry(`a${i}`, 'A')),
    ...Array.from({ length: 5 }, (_, i) => entry(`b${i}`, 'B')),
    entry('solo'),
  ]);
  const ids = (result: ReturnType<typeof navGroups>) =>
    result.groups.flatMap((group) => group.sections.map((s) => s.id));

  it.each([
    ['a small policy lists everything', groupByPart([entry('x'), entry('y', 'P')]), 'x', 12, ['x', 'y'], 0],
    ['a big policy lists the current group', big, 'b2', 12, ['b0', 'b1', 'b2', 'b3', 'b4'], 41],
    [
      'a big group is cut to a window around the current section',
      big,
      'a20',
      10,
      ['a15', 'a16', 'a17', 'a18', 'a19', 'a20', 'a21', 'a22', 'a23', 'a24'],
      36,
    ],
    ['the window stays inside its group at the start', big, 'a0', 3, ['a0', 'a1', 'a2'], 43],
    ['and at the end', big, 'a39', 3, ['a37', 'a38', 'a39'], 43],
    ['a page that is no section lists none of a big policy', big, undefined, 12, [], 46],
  ])('%s', (_, groups, current, limit, expected, omitted) => {
    const result = navGroups(groups, current, 30, limit);
    expect(ids(result)).toEqual(expected);
    expect(result.omitted).toBe(omitted);
  });
});

describe('reportingSection', () => {
  // A section with what its source tells: whether it shows the channels, its subsections' headings.
  const titled = (title: string, facts: Partial<ReportingFacts> = {}, part?: string) => ({
    id: title.toLowerCase().replace(/\W+/g, '-'),
    data: { title, description: '', order: 0, part },
    facts: { channels: false, subheadings: [], ...facts },
  });
  it.each([
    [
      'the one that shows the channels',
      [titled('Disclosure'), titled('Contact', { channels: true })],
      'contact',
    ],
    [
      'a title about reporting',
      [titled('Supported versions'), titled('Reporting a Vulnerability')],
      'reporting-a-vulnerability',
    ],
    [
      'a title about reporting before one that mentions reports',
      [titled('Supported Versions for security reports'), titled('Reporting a Vulnerability')],
      'reporting-a-vulnerability',
    ],
    ['how to report', [titled('Scope'), titled('How to report')], 'how-to-report'],
    ['by its part', [titled('Scope'), titled('By e-mail', {}, 'Reporting')], 'by-e-mail'],
    [
      'a subsection about reporting',
      [
        titled('Versions'),
        titled('Private Disclosure Process', { subheadings: ['When to report a vulnerability'] }),
      ],
      'private-disclosure-process',
    ],
    [
      'one that mentions reports, when nothing else does',
      [titled('Scope'), titled('Security reports')],
      'security-reports',
    ],
    [
      'none: the policy says how in its opening words',
      [titled('Bug Bounty'), titled('Security Patches')],
      undefined,
    ],
  ])('%s', (_, sections, expected) => {
    expect(reportingSection(sections, (section) => section.facts)?.id).toBe(expected);
  });
});
