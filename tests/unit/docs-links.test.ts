// The README and docs/ link to each other and to files of the repository by relative paths:
// each must name a file or folder that exists, and a #fragment a heading of that page.
// (Links into the published site are checked by bin/check-links.js:
// tests/fixture-builds/keras/check-links.test.ts.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];

/** GitHub's ids of a Markdown page's headings. */
function headingIds(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!.trim())));
}

/** Every relative link target of a page (Markdown links and <img src>), outside code. */
function relativeLinks(file: string): { target: string; line: number }[] {
  const text = readFileSync(join(root, file), 'utf8');
  const links: { target: string; line: number }[] = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || /^\s*```/.test(line)) return;
    const outsideCode = line.replace(/`[^`]*`/g, '');
    for (const m of outsideCode.matchAll(/\]\(([^)\s]+)\)|src="([^"]+)"/g)) {
      const target = m[1] ?? m[2]!;
      if (!/^[a-z]+:/.test(target)) links.push({ target, line: i + 1 });
    }
  });
  return links;
}

describe('README.md and docs/', () => {
  it('have pages to check', () => expect(pages.length).toBeGreaterThan(5));

  it.each(pages)('%s: every relative link leads to a file and heading that exist', (page) => {
    const broken: string[] = [];
    for (const { target, line } of relativeLinks(page)) {
      const [path, fragment] = target.split('#') as [string, string | undefined];
      const file = path === '' ? page : relative(root, join(root, dirname(page), decodeURIComponent(path)));
      if (!existsSync(join(root, file))) broken.push(`${page}:${line}: ${target}: no file ${file}`);
      else if (fragment && file.endsWith('.md') && !headingIds(file).has(fragment))
        broken.push(`${page}:${line}: ${target}: ${file} has no heading #${fragment}`);
    }
    expect(broken).toEqual([]);
  });
});
