import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnchorIndex } from '../../src/lib/anchors/index.js';
import { githubHeadingIds } from '../../src/lib/import/outline';
import { parseMarkdown } from '../../src/lib/markdown/github-markdown';
import { base, distDir, fileFor, page } from '../helpers/dist';

// Derived from the build itself: true of any policy the site publishes.
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const anchors = JSON.parse(read('anchors.json')) as AnchorIndex;
const sections = anchors.pages.filter((p) => !['/', '/policy/'].includes(p.path));
const securityMd = read('SECURITY.md');

/** Markdown with links reduced to their text and white space folded: the words, to compare. */
const words = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

describe('each section as Markdown, beside its page', () => {
  it.each(sections.map((s) => s.path))('%s advertises its twin, which exists', (path) => {
    const $ = page(`${path.slice(1)}index.html`);
    const href = $('link[rel=alternate][type="text/markdown"]').attr('href');
    expect(href).toBe(`${base}${path.slice(1, -1)}.md`);
    expect(existsSync(join(distDir, `${path.slice(1, -1)}.md`))).toBe(true);
  });

  it.each(sections)(
    '$path: its twin has its title, the ids of its headings and the text of SECURITY.md',
    (section) => {
      const twin = read(`${section.path.slice(1, -1)}.md`);
      const headings = githubHeadingIds(parseMarkdown(twin));
      expect(headings[0]?.text).toBe(section.title);
      // Within one file GitHub counts repeats from the file's start; the site counts them policy-wide.
      const pageIds = section.anchors.map((a) => a.id.replace(/-\d+$/, ''));
      for (const heading of headings) expect(pageIds).toContain(heading.id.replace(/-\d+$/, ''));
      const body = twin.slice(twin.indexOf('\n') + 1);
      for (const block of body.split(/\n{2,}/).filter((b) => b.trim() !== '' && !b.startsWith('#')))
        expect(words(securityMd), block).toContain(words(block));
    },
  );
});

describe('/llms.txt', () => {
  const text = read('llms.txt');
  const links = [...text.matchAll(/^- \[[^\]]+\]\(([^)]+)\)(?:: (.+))?$/gm)];

  it('is llmstxt.org’s shape: a # name, a > summary, ## lists of links', () => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.find((line) => line !== '' && !line.startsWith('# '))).toMatch(/^> \S/);
    expect(lines.filter((line) => line.startsWith('## ')).length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((line) => /^#{3,} /.test(line))).toEqual([]);
  });

  it('links every section’s Markdown twin, with its description, and only files the build has', () => {
    const twins = links.map((m) => new URL(m[1]!).pathname).filter((path) => path.endsWith('.md'));
    for (const section of sections) expect(twins).toContain(`${base}${section.path.slice(1, -1)}.md`);
    for (const [, url] of links) expect(fileFor(new URL(url!).pathname), url).toBeDefined();
    for (const section of sections) {
      const line = links.find((m) => m[1]!.endsWith(`${section.path.slice(1, -1)}.md`));
      expect(line?.[2]?.length ?? 0).toBeGreaterThan(10);
    }
  });
});
