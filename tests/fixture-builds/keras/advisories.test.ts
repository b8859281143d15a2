import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../helpers/astro-build';
import { configSetup } from '../../helpers/config-setup';
import { contentWithAdvisories } from '../../helpers/fixtures';
import { validateOsv } from '../../helpers/osv';

describe('advisories', () => {
  const { status, output, outDir } = buildFixture(contentWithAdvisories('valid'));
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

  it('build with two fixture advisories', () => {
    expect(status, output).toBe(0);
  });

  it('/advisories/ lists them newest first, each linking to its page', () => {
    const $ = load(read('advisories/index.html'));
    expect(
      $('.list h2 a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/keras/advisories/GHSA-4p5x-3ww9-7r2q/', '/keras/advisories/CVE-2025-99999/']);
    expect($('.empty')).toHaveLength(0);
  });

  it('each advisory has a page with its facts, details and references', () => {
    const $ = load(read('advisories/GHSA-4p5x-3ww9-7r2q/index.html'));
    expect($('h1').text()).toBe('Arbitrary code execution when loading a crafted .keras file');
    const facts = $('.facts').text();
    for (const text of [
      'High',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
      'GHSA-4p5x-3ww9-7r2q, CVE-2026-12345',
      '14 March 2026',
      '20 March 2026',
    ])
      expect(facts).toContain(text);
    expect(
      $('.affected tbody td')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['keras (PyPI)', '>= 3.0.0, < 3.9.0', '3.9.0']);
    expect($('h2#impact').text()).toContain('Impact');
    expect($('a[href="/keras/advisories/osv/GHSA-4p5x-3ww9-7r2q.json"]')).toHaveLength(1);
    // Markup in a summary is text, never markup.
    const cve = load(read('advisories/CVE-2025-99999/index.html'));
    expect(cve('h1').text()).toBe('Path traversal when extracting a downloaded dataset archive <b>bold</b>');
    expect(cve('h1 b')).toHaveLength(0);
    expect(cve('.affected tbody tr').eq(1).text()).toContain('None yet');
  });

  it('the Atom feed has an entry per advisory, newest first', () => {
    const $ = load(read('advisories/feed.xml'), { xml: true });
    expect(
      $('feed > entry > id')
        .map((_, id) => $(id).text())
        .get(),
    ).toEqual([
      'https://elasticprovisioner.github.io/keras/advisories/GHSA-4p5x-3ww9-7r2q/',
      'https://elasticprovisioner.github.io/keras/advisories/CVE-2025-99999/',
    ]);
    expect($('feed > updated').text()).toBe('2026-03-20T10:00:00.000Z');
    expect($('feed > entry').first().find('content').text()).toContain('Severity: High');
    // Titles are HTML in Atom: a summary's markup arrives escaped, as text.
    expect($('feed > entry').last().find('title').text()).toBe(
      'CVE-2025-99999: Path traversal when extracting a downloaded dataset archive &#60;b&#62;bold&#60;/b&#62;',
    );
  });

  it('writes OSV records that the OSV schema accepts, and an index of them', () => {
    const index = JSON.parse(read('advisories/osv/index.json'));
    expect(index.map((entry: { id: string }) => entry.id)).toEqual(['GHSA-4p5x-3ww9-7r2q', 'CVE-2025-99999']);
    for (const { id, url } of index) {
      expect(url).toBe(`https://elasticprovisioner.github.io/keras/advisories/osv/${id}.json`);
      const record = JSON.parse(read(`advisories/osv/${id}.json`));
      expect(validateOsv(record), id).toEqual([]);
      expect(record.id).toBe(id);
    }
    const ghsa = JSON.parse(read('advisories/osv/GHSA-4p5x-3ww9-7r2q.json'));
    expect(ghsa.aliases).toEqual(['CVE-2026-12345']);
    expect(ghsa.severity).toEqual([
      { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H' },
    ]);
    expect(ghsa.affected[0].ranges[0].events).toEqual([{ introduced: '3.0.0' }, { fixed: '3.9.0' }]);
    expect(ghsa.details).toContain('## Impact');
    const cve = JSON.parse(read('advisories/osv/CVE-2025-99999.json'));
    expect(cve.severity[0].type).toBe('CVSS_V4');
    expect(cve.affected[1].package).toEqual({
      ecosystem: 'PyPI',
      name: 'tf-keras',
      purl: 'pkg:pypi/tf-keras',
    });
  });

  it('malformed advisories stop the build with file, line and what to write', () => {
    // Through the build's own check, in this process (tests/helpers/config-setup.ts).
    const report = configSetup(contentWithAdvisories('malformed'));
    expect(report).toBeDefined();
    for (const line of [
      /advisories\/GHSA-2222-3333-4444\.mdx:2: the file must be named after the advisory's id: rename it to GHSA-4p5x-3ww9-7r2q\.mdx/,
      /advisories\/GHSA-5555-6666-7777\.mdx:1: summary is required: one line/,
      /advisories\/GHSA-5555-6666-7777\.mdx:3: severity must be one of low, moderate, high, critical/,
      /advisories\/GHSA-5555-6666-7777\.mdx:4: a range’s fixed version must come after its introduced version/,
      /advisories\/GHSA-5555-6666-7777\.mdx:8: unknown frontmatter field "refrences": did you mean "references"\?/,
      /advisories\/GHSA-5555-6666-7777\.mdx:13: advisories are plain Markdown/,
    ]) {
      expect(report).toMatch(line);
    }
  });
});
