// The import as a command (npm run import, on a copy of the repository), the ids it gives
// across the whole policy, and what it escapes so MDX reads text as text. The import of each
// fixture file, and what it refuses: import.test.ts.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { policyHeadingIds } from '../../src/lib/anchors/heading-ids';
import { escapeImportLines } from '../../src/lib/import/to-mdx';
import { committedKerasCopy, runImport, securityMdFixtures, upstreamKeras } from '../helpers/import';

describe('npm run import (the command)', { timeout: 60_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const run = runImport;
  const copy = () => {
    const dir = committedKerasCopy();
    dirs.push(dir);
    return dir;
  };

  it('writes the content, prints what changed, and --check then passes', () => {
    const dir = copy();
    const imported = run([upstreamKeras], dir);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('changed  Multi-Tenant environments');
    expect(imported.stdout).toContain('No published address breaks.');
    expect(readFileSync(join(dir, 'policy/multi-tenant.mdx'), 'utf8')).toContain(
      'Even though we have several tools',
    );
    expect(run([upstreamKeras, '--check'], dir).status).toBe(0);
  });

  it('--check changes nothing and exits 1 when the content differs', () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'policy/multi-tenant.mdx'), 'utf8');
    const checked = run([upstreamKeras, '--check'], dir);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('differs from');
    expect(readFileSync(join(dir, 'policy/multi-tenant.mdx'), 'utf8')).toBe(before);
  });

  it('a hostile file: exit 1, file:line and what to do, content untouched', () => {
    const dir = copy();
    const file = join(securityMdFixtures, 'hostile/script.md');
    const result = run([file], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:7: <script> runs code`);
    expect(result.stderr).toContain('content/ is unchanged'.replace('content', dir.split('/').pop()!));
  });

  it('a missing file, or a URL that is not https: exit 2 with what to do', () => {
    const dir = copy();
    expect(run(['no-such-file.md'], dir)).toMatchObject({
      status: 2,
      stderr: 'no-such-file.md: no such file\n',
    });
    expect(run(['http://example.org/SECURITY.md'], dir).stderr).toContain('only https:// addresses are read');
    const written = join(dir, 'x.md');
    writeFileSync(written, '# T\n\n## A\n\ntext\n');
    expect(run([], dir).status).toBe(2);
  });
});

describe('policy-wide heading ids', () => {
  it.each([
    { headings: [['Scope'], ['Scope']], expected: [['scope'], ['scope-1']] },
    { headings: [['Scope', 'Scope'], []], expected: [['scope', 'scope-1'], []] },
    // The titles count too, as GitHub counts every heading of SECURITY.md.
    { headings: [[], ['Alpha']], expected: [[], ['alpha-1']] },
  ])('$headings → $expected', ({ headings, expected }) => {
    const sections = headings.map((texts, i) => ({
      id: `s${i}`,
      data: { title: i === 0 ? 'Alpha' : 'Beta', description: '', order: i + 1 },
      headings: texts.map((text) => ({ text })),
    }));
    expect([...policyHeadingIds('Security Policy', sections).values()]).toEqual(expected);
  });
});

describe('escaping what MDX reads as code', () => {
  it.each([
    ['import this', '&#105;mport this'],
    ['- export PATH=/bin', '- &#101;xport PATH=/bin'],
    ['```\nimport x\n```', '```\nimport x\n```'],
    ['important', 'important'],
  ])('%j → %j', (input, output) => {
    expect(escapeImportLines(input)).toBe(output);
  });
});
