import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/config';
import { readPolicyModel } from '../../src/lib/policy-model';
import { githubHeadingIds } from '../../src/lib/import/outline';
import { lostLines, sourceTexts, plainText } from '../../src/lib/import/lost-lines';
import { parseMarkdown } from '../../src/lib/markdown/github-markdown';
import { headingId } from '../../src/lib/slug';
import {
  checkImported,
  fixtureNames,
  hostileNames,
  importText,
  kerasContent,
  readContent,
  renderSecurityMd,
  securityMdFixtures,
  upstreamKeras,
} from '../helpers/import';
import { githubPageHeadings } from '../helpers/github-render';

const root = join(import.meta.dirname, '../..');
const read = (name: string) => readFileSync(join(securityMdFixtures, name), 'utf8');
const inside = (line: number, ranges: readonly { line: number; endLine: number }[]) =>
  ranges.some((range) => line >= range.line && line <= range.endLine);

/** Every id the site gives a heading: the title, parts, section titles and body headings. */
function siteIds(files: ReturnType<typeof importText>['files'], title: string): Set<string> {
  const { sections } = checkImported(files);
  return new Set([
    headingId(title),
    ...sections.flatMap((s) => [
      headingId(s.data.title),
      ...(s.data.part ? [headingId(s.data.part)] : []),
      ...s.headingIds,
    ]),
  ]);
}

describe('import: the fixture SECURITY.md files', () => {
  it('has at least 15 of them, one over 30 KB', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(15);
    expect(fixtureNames.some((name) => read(name).length > 30_000)).toBe(true);
  });

  it.each(fixtureNames)('%s imports with no error, passes the content check and loses no line', (name) => {
    const result = importText(read(name));
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(checkImported(result.files).issues).toEqual([]);
  });

  it.each(fixtureNames)('%s: every heading keeps the id GitHub gives it', (name) => {
    const source = read(name);
    const result = importText(source);
    // GitHub's page, HTML headings included; those the site leaves out on purpose (a contents list's) aside.
    const markdownLines = githubHeadingIds(parseMarkdown(source)).map((h) => h.line);
    const github = githubPageHeadings(source, markdownLines).filter(
      (h) => h.line === undefined || !inside(h.line, result.leftOut),
    );
    const ids = siteIds(result.files, result.title);
    expect(github.filter((heading) => !ids.has(heading.id))).toEqual([]);
  });

  it.each(fixtureNames)(
    '%s: rendered back as SECURITY.md, it has the same headings, ids and text',
    (name) => {
      const source = read(name);
      const result = importText(source);
      const rendered = renderSecurityMd(result.files, result.title);
      const renderedTree = parseMarkdown(rendered);
      // The rendered file adds its own note, link and contents list; the imported text is the rest.
      const kept = (text: string) => githubHeadingIds(parseMarkdown(text)).map((h) => `${h.id} ${h.text}`);
      const original = githubHeadingIds(parseMarkdown(source))
        .filter((h) => !inside(h.line, result.leftOut))
        .map((h) => `${h.id} ${h.text}`);
      const headingless = original.length === 0;
      const renderedHeadings = kept(rendered).filter((h) => !headingless || h !== 'overview Overview');
      // A file without a title gets the site's; everything after it is the file's own, in order.
      expect(renderedHeadings.slice(renderedHeadings.length - original.length)).toEqual(original);
      const texts = sourceTexts(parseMarkdown(source), result.leftOut);
      expect(lostLines(texts, plainText(renderedTree))).toEqual([]);
    },
  );

  it('reads the features it claims to (spot checks of what the site receives)', () => {
    const files = (name: string) => [...importText(read(name)).files.values()].join('\n');
    expect(files('pgp-key.md')).toContain('-----BEGIN PGP PUBLIC KEY BLOCK-----');
    expect(files('supported-versions.md')).toMatch(/\| 5\.1\.x +\| ✅ \(fixes only\) +\|/);
    expect(files('html-details.md')).toContain('<details>\n<summary>What happens after I report?</summary>');
    expect(files('html-details.md')).toContain(
      '{/* Maintainers: keep this file in sync with docs/security.md */}',
    );
    expect(files('html-details.md')).toContain('Ferrocart takes security seriously.<br />');
    expect(files('badges.md')).toContain(
      '[CONTRIBUTING](https://github.com/example/project/blob/HEAD/CONTRIBUTING.md)',
    );
    expect(files('badges.md')).toContain(
      '![Disclosure timeline](https://raw.githubusercontent.com/example/project/HEAD/docs/images/timeline.png)',
    );
    // A third party's image (a badge service) is a link, its alt text the link's text.
    expect(files('badges.md')).toContain('[Build status](https://ci.example.org/tidepool)');
    expect(files('reference-links.md')).toContain('[mail](mailto:security@otterbox.example)');
    expect(files('reference-links.md')).toContain('[^cve]: We request a CVE');
    expect(files('mdx-hazards.md')).toContain('&#105;mport this line');
    expect(files('mdx-hazards.md')).toContain('\\{"debug": true}');
    expect(files('toc-section.md')).toContain(
      '[supported versions](/supported-versions/#supported-versions)',
    );
    expect(files('toc-section.md')).not.toContain('title: Table of Contents');
    expect(files('no-headings.md')).toContain('title: Overview');
    expect(files('deep-headings.md')).toContain('part: Handling data');
    expect(files('non-english.md')).toContain('title: 脆弱性の報告');
    expect(files('setext.md')).toContain('title: Response times');
  });

  it('gives a repeated heading the id GitHub gives it: -1, -2 across sections', () => {
    const ids = siteIds(importText(read('large.md')).files, 'x');
    expect(['in-scope', 'in-scope-1', 'in-scope-2', 'out-of-scope-19'].filter((id) => !ids.has(id))).toEqual(
      [],
    );
  });
});

describe('import: refusing what a policy must not hold', () => {
  const expected: Record<string, RegExp> = {
    'event-handler.md': /^the event handler onerror= on <img> runs script/,
    'javascript-link.md': /^the link "javascript:alert\(document.domain\)" runs script/,
    'script.md': /^<script> runs code or embeds another page/,
  };
  it.each(hostileNames)('%s fails with its line and what to do', (name) => {
    const source = readFileSync(join(securityMdFixtures, 'hostile', name), 'utf8');
    const { errors } = importText(source);
    expect(errors.length).toBeGreaterThan(0);
    const line = source.split('\n').findIndex((l) => /<script|onerror|javascript:/.test(l)) + 1;
    expect(errors[0]).toMatchObject({ line, message: expect.stringMatching(expected[name]!) });
  });
});

describe('import: an <iframe>, as GitHub shows it', () => {
  it("is text (GitHub's tagfilter writes it so), and embeds nothing", () => {
    const result = importText(
      '# Security Policy\n\n## Reporting\n\n<iframe src="https://forms.example/report"></iframe>\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    const file = result.files.get('policy/reporting.mdx')!;
    expect(file).not.toMatch(/<iframe/);
    expect(checkImported(result.files).issues).toEqual([]);
    expect(file).toContain('&#60;iframe');
  });
});

describe('import: an image in a section heading (a logo), as GitHub shows it', () => {
  const source =
    '# Security Policy\n\n## <img src="logo.png" alt="Logo"> Reporting\n\nMail us.\n\n## ![Shield](docs/shield.svg) Scope\n\nAll of it.\n';
  const result = importText(source);
  const image = (path: string) => `https://raw.githubusercontent.com/example/project/HEAD/${path}`;

  it('keeps the image in the heading and its words as the title, losing nothing', () => {
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    const reporting = result.files.get('policy/reporting.mdx')!;
    expect(reporting).toContain('title: Reporting\n');
    expect(reporting).toContain(`heading: <img src="${image('logo.png')}" alt="Logo" /> Reporting\n`);
    const scope = result.files.get('policy/shield-scope.mdx')!;
    expect(scope).toContain('title: Shield Scope\n');
    expect(scope).toContain(`heading: "![Shield](${image('docs/shield.svg')}) Scope"\n`);
    expect(checkImported(result.files).issues).toEqual([]);
  });

  it('survives SECURITY.md and a second import unchanged', () => {
    const rendered = renderSecurityMd(result.files, 'Security Policy');
    expect(rendered).toContain(`## <img src="${image('logo.png')}" alt="Logo" /> Reporting`);
    const again = importText(rendered, result.files);
    expect(again.errors).toEqual([]);
    expect(Object.fromEntries(again.files)).toEqual(Object.fromEntries(result.files));
  });
});

describe('import: round trip with the site’s own SECURITY.md', () => {
  // On content/, whatever policy it holds: a fork's too.
  it('SECURITY.md rendered from content/, imported again, gives content/ unchanged', () => {
    const existing = readContent(join(root, 'content'));
    const rendered = renderSecurityMd(existing, readPolicyModel(root, 'content').title);
    const result = importText(rendered, existing);
    expect(result.errors).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(Object.fromEntries(result.files)).toEqual(Object.fromEntries(existing));
    expect(result.leftOut.map((range) => range.reason)).toEqual([
      'the note that the file is generated',
      'the link to the site itself',
      "a contents list: the site's navigation lists the sections",
      'the heading of the contents list',
    ]);
  });
});

describe('import: the upstream Keras SECURITY.md over the Keras content', () => {
  const lock = JSON.parse(readFileSync(join(kerasContent, 'anchors.lock.json'), 'utf8')).anchors as string[];
  const existing = readContent(kerasContent);
  const result = importText(readFileSync(upstreamKeras, 'utf8'), existing, lock);

  it('reports exactly what differs: the contents list, one sentence, the channels', () => {
    expect(result.errors).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(result.leftOut).toEqual([
      { line: 3, endLine: 8, reason: "a contents list: the site's navigation lists the sections" },
    ]);
    expect(result.changes).toEqual({
      added: [],
      removed: [],
      renamed: [],
      changed: [
        {
          slug: 'multi-tenant',
          title: 'Multi-Tenant environments',
          removed: ['You must make sure that models run separately.'],
          added: [
            'Even though we have several tools to help things run smoothly, you must make sure that models run separately.',
          ],
        },
        {
          slug: 'reporting',
          title: 'Reporting a Vulnerability',
          // <ReportingChannels /> reads as the channels src/config.ts configures.
          removed: project.reportingChannels.map((channel) => `${channel.label}: ${channel.description}`),
          added: ['send an email to fchollet@google.com; and/or', 'send a private vulnerability report'],
        },
      ],
    });
  });

  it('breaks no published address, keeps every page and what only the site has', () => {
    expect(result.broken).toEqual([]);
    expect([...result.files.keys()].sort()).toEqual([...existing.keys()].sort());
    for (const [path, text] of existing) {
      const frontmatter = (file: string) => file.slice(0, file.indexOf('\n---\n'));
      expect(frontmatter(result.files.get(path)!), path).toBe(frontmatter(text));
    }
    expect(checkImported(result.files).issues).toEqual([]);
  });
});

describe('import: renamed headings and sections', () => {
  const lock = JSON.parse(readFileSync(join(kerasContent, 'anchors.lock.json'), 'utf8')).anchors as string[];
  const existing = readContent(kerasContent);
  const upstream = readFileSync(upstreamKeras, 'utf8');

  it('a renamed heading: reports the address that would break and the alias to add', () => {
    const result = importText(upstream.replace('#### Model Sharing', '#### Sharing models'), existing, lock);
    expect(result.broken).toEqual([
      expect.stringMatching(
        /^published heading #model-sharing is gone \(linked as \/#model-sharing, \/multi-tenant\/#model-sharing, \/policy\/#model-sharing\): keep it with `anchorAliases: \{ <new id>: \[model-sharing\] \}`/,
      ),
    ]);
  });

  it('a renamed section keeps its page and frontmatter, and says which heading id to keep', () => {
    const result = importText(upstream.replace('### Data privacy', '### Privacy of data'), existing, lock);
    expect(result.changes.renamed).toEqual([
      { slug: 'data-privacy', from: 'Data privacy', to: 'Privacy of data' },
    ]);
    expect(result.files.get('policy/data-privacy.mdx')).toContain('searchTerms: [PII, personal data');
    expect(result.broken).toEqual([expect.stringContaining('published heading #data-privacy is gone')]);
  });

  it('a removed section: its page would break, and the import says so', () => {
    const withoutPrivacy = upstream.replace(/### Data privacy[\s\S]*?(?=### Untrusted environments)/, '');
    const result = importText(withoutPrivacy, existing, lock);
    expect(result.changes.removed).toEqual([{ slug: 'data-privacy', title: 'Data privacy' }]);
    expect(result.removed).toEqual(['policy/data-privacy.mdx']);
    expect(result.broken).toContainEqual(expect.stringContaining('published page /data-privacy/ is gone'));
  });
});

// Each test starts the command once or more (Node, then the import): seconds, not milliseconds.
