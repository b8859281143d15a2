// The import never destroys what it did not write: uncommitted work, a folder outside git, the
// site's own comments, most of the policy at once. And a broken escape is a link, not a crash.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { massRemovalMessage } from '../../src/lib/import/mass-removal';
import { keepSiteComments } from '../../src/lib/import/site-comments';
import { guardMessage, parsePorcelain, type WorktreeState } from '../../src/lib/import/worktree-guard';
import {
  committedKerasCopy,
  git,
  importText,
  kerasContent,
  readContent,
  runImport,
  upstreamKeras,
} from '../helpers/import';

describe('git status, read', () => {
  it.each([
    { output: '', files: [] },
    { output: ' M content/policy/a.mdx\0', files: [{ path: 'content/policy/a.mdx', state: 'modified' }] },
    {
      output: '?? content/policy/extra.mdx\0',
      files: [{ path: 'content/policy/extra.mdx', state: 'untracked' }],
    },
    {
      output: 'R  content/policy/new.mdx\0content/policy/old.mdx\0 D content/intro.mdx\0',
      files: [
        { path: 'content/policy/new.mdx', state: 'renamed' },
        { path: 'content/intro.mdx', state: 'deleted' },
      ],
    },
    {
      output: 'A  content/policy/my file.mdx\0',
      files: [{ path: 'content/policy/my file.mdx', state: 'added' }],
    },
    { output: '!! content/policy/x.mdx\0', files: [{ path: 'content/policy/x.mdx', state: 'ignored' }] },
  ])('$output', ({ output, files }) => {
    expect(parsePorcelain(output)).toEqual(files);
  });
});

describe('the guard before writing', () => {
  const contentRoot = '/repo/content';
  const cwd = '/repo';
  const inGit = (...dirty: { path: string; state: string }[]): WorktreeState => ({
    kind: 'git',
    root: '/repo',
    dirty,
  });
  it.each([
    { name: 'a clean checkout', state: inGit(), touched: ['policy/a.mdx'], message: undefined },
    {
      name: 'a folder that does not exist yet',
      state: { kind: 'absent' } as const,
      touched: [],
      message: undefined,
    },
    {
      name: 'outside git, nothing overwritten',
      state: { kind: 'no-git', reason: 'r' } as const,
      touched: [],
      message: undefined,
    },
    {
      name: 'an untracked and a modified file',
      state: inGit(
        { path: 'content/policy/extra.mdx', state: 'untracked' },
        { path: 'content/policy/a.mdx', state: 'modified' },
      ),
      touched: [],
      message:
        /^Your changes to these files of content\/ are not committed, and the import rewrites that folder: they would be lost\.\n {4}content\/policy\/extra\.mdx {2}\(untracked\)\n {4}content\/policy\/a\.mdx {6}\(modified\)\nCommit them .*git stash --include-untracked.*or pass --force/,
    },
    {
      name: 'an ignored file it does not touch',
      state: inGit({ path: 'content/.DS_Store', state: 'ignored' }),
      touched: ['policy/a.mdx'],
      message: undefined,
    },
    {
      name: 'an ignored file it overwrites',
      state: inGit({ path: 'content/policy/a.mdx', state: 'ignored' }),
      touched: ['policy/a.mdx'],
      message: /content\/policy\/a\.mdx {2}\(ignored\)/,
    },
    {
      name: 'outside git, files overwritten',
      state: { kind: 'no-git', reason: 'it is not in a git repository' } as const,
      touched: ['policy/a.mdx'],
      message:
        /^content\/ is not under git \(it is not in a git repository\), so nothing could give back .*\n {4}content\/policy\/a\.mdx\n.*or pass --force/,
    },
  ])('$name', ({ state, touched, message }) => {
    const result = guardMessage({ state, contentRoot, touched, cwd });
    if (message === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(message);
  });
});

describe('an import that removes most sections', () => {
  const existing = ['policy/a.mdx', 'policy/b.mdx', 'policy/c.mdx', 'policy/d.mdx', 'intro.mdx'];
  it.each([
    { removed: [], asks: false },
    { removed: ['policy/a.mdx', 'policy/b.mdx'], asks: false }, // half: a rewrite may do that
    { removed: ['policy/a.mdx', 'policy/b.mdx', 'policy/c.mdx'], asks: true },
    { removed: ['intro.mdx'], asks: false },
  ])('removing $removed asks for --replace: $asks', ({ removed, asks }) => {
    const message = massRemovalMessage(existing, removed, 'page.md', 'content');
    if (!asks) expect(message).toBeUndefined();
    else
      expect(message).toBe(
        'The import would remove 3 of the 4 sections of content/policy/ (a.mdx, b.mdx, c.mdx): is page.md the right file?\n' +
          'If it replaces the policy on purpose, run the import again with --replace; `--check` shows what would change.',
      );
  });
});

describe('comments only the site has', () => {
  it.each([
    {
      name: 'between blocks: before the block it preceded',
      previous: 'One.\n\n{/* about two */}\n\nTwo.\n',
      next: 'One.\n\nTwo.\n',
      body: 'One.\n\n{/* about two */}\n\nTwo.\n',
      dropped: [],
    },
    {
      name: 'at the end: after the block it followed',
      previous: 'One.\n\nTwo.\n\n{/* end */}\n',
      next: 'One.\n\nNew.\n\nTwo.\n',
      body: 'One.\n\nNew.\n\nTwo.\n\n{/* end */}\n',
      dropped: [],
    },
    {
      name: 'its block is gone: dropped, with its line',
      previous: 'One.\n\n{/* about two */}\n\nTwo.\n',
      next: 'One.\n\nThree.\n',
      body: 'One.\n\nThree.\n',
      dropped: [{ line: 12, text: '{/* about two */}' }],
    },
    {
      name: 'inside an unchanged paragraph: kept',
      previous: 'One {/* why one */} two.\n',
      next: 'One two.\n',
      body: 'One {/* why one */} two.\n',
      dropped: [],
    },
    {
      name: 'inside a changed paragraph: dropped',
      previous: 'Para.\n\nOne {/* why one */} two.\n',
      next: 'Para.\n\nOne two three.\n',
      body: 'Para.\n\nOne two three.\n',
      dropped: [{ line: 12, text: '{/* why one */}' }],
    },
    {
      name: 'the file carries it already (imported from <!-- -->): not doubled',
      previous: '{/* same */}\n\nOne.\n',
      next: '{/* same */}\n\nOne.\n',
      body: '{/* same */}\n\nOne.\n',
      dropped: [],
    },
  ])('$name', ({ previous, next, body, dropped }) => {
    expect(keepSiteComments(previous, next, 10)).toEqual({ body, dropped });
  });
});

describe('links with a broken escape', () => {
  it('`[r](#%E0%A4%A)` is kept as written: no URIError', () => {
    const result = importText('# T\n\n## A\n\nSee [r](#%E0%A4%A) and [s](#%zz).\n');
    expect(result.errors).toEqual([]);
    expect(result.files.get('policy/a.mdx')).toContain(
      '[r](https://github.com/example/project/blob/HEAD/SECURITY.md#%E0%A4%A)',
    );
  });
});

describe('text nested deeper than the parser reads', { timeout: 60_000 }, () => {
  it('10,000 quotes (`>>>…`) stop the command at their line (exit 1), not with a stack overflow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-deep-'));
    try {
      const file = join(dir, 'SECURITY.md');
      writeFileSync(file, `# T\n\n## A\n\n${'>'.repeat(10_000)} deep\n`);
      const run = runImport([file], join(dir, 'content'));
      expect(run.stderr).toMatch(/SECURITY\.md:5: lists or quotes nested 10000 levels deep: .*flatten it\n$/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run import over work it did not write', { timeout: 60_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const committed = () => {
    const dir = committedKerasCopy();
    dirs.push(dir);
    return dir;
  };
  const name = (dir: string) => dir.split('/').pop()!;

  it('an untracked section and a modified one stop it (exit 2), named; --check is unaffected; --force writes', () => {
    const dir = committed();
    writeFileSync(
      join(dir, 'policy/extra.mdx'),
      '---\ntitle: Extra\ndescription: Mine.\norder: 9\n---\n\nMine.\n',
    );
    const privacy = join(dir, 'policy/data-privacy.mdx');
    writeFileSync(privacy, readFileSync(privacy, 'utf8').replace('\n\n', '\n\nA local sentence.\n\n'));
    const before = readFileSync(privacy, 'utf8');
    const stopped = runImport([upstreamKeras], dir);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toContain('was not imported');
    expect(stopped.stderr).toMatch(new RegExp(`${name(dir)}/policy/data-privacy\\.mdx +\\(modified\\)`));
    expect(stopped.stderr).toMatch(new RegExp(`${name(dir)}/policy/extra\\.mdx +\\(untracked\\)`));
    expect(stopped.stderr).toContain('or pass --force');
    expect(stopped.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'policy/extra.mdx'))).toBe(true);
    expect(readFileSync(privacy, 'utf8')).toBe(before);

    const checked = runImport([upstreamKeras, '--check'], dir);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('differs from');
    expect(existsSync(join(dir, 'policy/extra.mdx'))).toBe(true);

    expect(runImport([upstreamKeras, '--force'], dir).status).toBe(0);
  });

  it('a folder outside git: refused while it would overwrite files, unless --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-no-git-'));
    dirs.push(dir);
    cpSync(join(kerasContent, 'policy'), join(dir, 'policy'), { recursive: true });
    const stopped = runImport([upstreamKeras], dir);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toMatch(
      / is not under git \(it is not in a git repository\), so nothing could give back/,
    );
    expect(stopped.stderr).toMatch(/policy\/multi-tenant\.mdx\n/);
    expect(runImport([upstreamKeras, '--force'], dir).status).toBe(0);
  });

  it('a file that would remove most sections asks for --replace', () => {
    const dir = committed();
    const other = join(dir, '..', `${name(dir)}-other.md`);
    writeFileSync(other, '# Security\n\n## Reporting a Vulnerability\n\nMail security@example.org.\n');
    dirs.push(other);
    const stopped = runImport([other], dir);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toMatch(
      /The import would remove 4 of the 5 sections of .*\/policy\/ \(data-privacy\.mdx, multi-tenant\.mdx, untrusted-environments\.mdx, untrusted-inputs\.mdx\): is .* the right file\?/,
    );
    expect(stopped.stderr).toContain('--replace');
    expect(readContent(dir).size).toBe(5);
    const replaced = runImport([other, '--replace'], dir);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(readContent(dir).has('policy/data-privacy.mdx')).toBe(false);
  });

  it("a maintainer's comment is kept beside its text, or listed by file:line when its text changed", () => {
    const dir = committed();
    const file = join(dir, 'policy/multi-tenant.mdx');
    const text = readFileSync(file, 'utf8')
      .replace('## Resource Allocation', '{/* keep: reviewed by the TPU team */}\n\n## Resource Allocation')
      .replace('You must make sure', '{/* legal asked for this sentence */}\n\nYou must make sure');
    writeFileSync(file, text);
    git(dir, 'commit', '-qam', 'notes');
    const line = text.split('\n').indexOf('{/* legal asked for this sentence */}') + 1;
    const imported = runImport([upstreamKeras], dir);
    expect(imported.status, imported.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('{/* keep: reviewed by the TPU team */}\n\n## Resource Allocation');
    expect(after).not.toContain('legal asked');
    expect(imported.stdout).toContain(
      `/${name(dir)}/policy/multi-tenant.mdx:${line}: “{/* legal asked for this sentence */}”, a comment only the site had`,
    );
    expect(imported.stdout).toMatch(/\n {2}dropped {2}\S+multi-tenant\.mdx:/);
  });
});
