import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCounts } from '../../src/lib/content-check/parse';
import { handPolicyModel, policyModel, readPolicyModel } from '../../src/lib/policy-model';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids';

const root = join(import.meta.dirname, '../..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the second policy (sections, intro) with an advisory, in a folder of its own. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-model-'));
  copies.push(dir);
  cpSync(join(root, 'tests/fixtures/second-policy/content'), dir, { recursive: true });
  cpSync(join(root, 'tests/fixtures/advisories/valid'), join(dir, 'advisories'), { recursive: true });
  return relative(root, dir);
}

const filesOf = (contentDir: string) =>
  readdirSync(join(root, contentDir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(contentDir, name))
    .sort();

const parsesOf = (files: readonly string[]) => files.map((file) => [file, parseCounts.get(file) ?? 0]);

describe('the policy model', () => {
  it('parses each content file once, however many outputs ask for it', () => {
    const contentDir = contentCopy();
    const files = filesOf(contentDir);
    expect(files.some((file) => file.endsWith('intro.mdx'))).toBe(true);
    expect(files.some((file) => file.includes('/advisories/'))).toBe(true);
    // Every reader of a build: the content check, anchors, lock, search terms, twins,
    // SECURITY.md, sitemap, redirects and the heading ids all read the model.
    for (let reader = 0; reader < 9; reader++) {
      const model = readPolicyModel(root, contentDir);
      model.anchors('https://example.org', '/');
      model.pageAnchors('https://example.org', '/');
    }
    expect(parsesOf(files)).toEqual(files.map((file) => [file, 1]));
  });

  it('reads a file again when its text changed, and only then', () => {
    const contentDir = contentCopy();
    const first = readPolicyModel(root, contentDir);
    expect(readPolicyModel(root, contentDir)).toBe(first);
    const [section] = first.sections;
    writeFileSync(
      join(root, section!.file),
      `---\ntitle: Renamed\ndescription: A section.\norder: 1\n---\n\n## Only heading\n`,
    );
    const second = readPolicyModel(root, contentDir);
    expect(second).not.toBe(first);
    expect(second.sections.find((s) => s.file === section!.file)?.data.title).toBe('Renamed');
  });

  it('gives the pages the model the build handed over, without reading content', () => {
    const model = readPolicyModel(root, contentCopy());
    handPolicyModel(model);
    try {
      expect(policyModel()).toBe(model);
    } finally {
      handPolicyModel(undefined);
    }
  });

  it('holds the defaults of the schema, so no caller defaults them', () => {
    const { sections } = readPolicyModel(root, contentCopy());
    for (const section of sections) {
      expect(Array.isArray(section.data.redirectFrom)).toBe(true);
      expect(typeof section.data.anchorAliases).toBe('object');
    }
  });
});

describe('remark-heading-ids', () => {
  it('puts the ids it is handed on a section’s headings, and gives other files GitHub’s own', () => {
    const ids = new Map([['/content/policy/a.mdx', ['first', 'second-1']]]);
    const run = (path: string) => {
      const processor = unified()
        .use(remarkParse)
        .use(remarkHeadingIds, { headingIds: (p: string) => ids.get(p) });
      const file = new VFile({ path, value: '## First\n\n### Second\n' });
      const tree = processor.runSync(processor.parse(file), file) as Root;
      return tree.children.map(
        (node) => (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id,
      );
    };
    expect(run('/content/policy/a.mdx')).toEqual(['first', 'second-1']);
    // Not a section (an advisory): slugged as GitHub slugs, less the ids the page itself uses.
    expect(run('/content/policy/b.mdx')).toEqual(['first', 'second']);
  });
});
