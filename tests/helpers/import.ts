import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { project } from '../../src/config';
import { readContentFiles } from '../../src/lib/policy-model/files';
import { checkContent } from '../../src/lib/content-check';
import { mdxComponentNames } from '../../src/lib/constants';
import {
  importSecurityMd,
  introFile,
  type ContentFiles,
  type ImportInput,
  type ImportResult,
} from '../../src/lib/import';
import { defaultPolicyTitle } from '../../src/lib/intro/read';
import { parseContentFile } from '../../src/lib/content-check/parse';
import { securityMd } from '../../src/lib/security-md';

/** The SECURITY.md files written to exercise the import, one feature mix each. */
export const securityMdFixtures = join(import.meta.dirname, '../fixtures/security-md');
export const fixtureNames = readdirSync(securityMdFixtures)
  .filter((name) => name.endsWith('.md'))
  .sort();
export const hostileNames = readdirSync(join(securityMdFixtures, 'hostile')).sort();

/** keras-team/keras's SECURITY.md at commit 003e85e (a copy of ../shared/policy's). */
export const upstreamKeras = join(import.meta.dirname, '../fixtures/upstream/keras-team-SECURITY.md');

/**
 * The Keras policy's content as this repository has it (a copy of content/ when the import was
 * written): what the tests of importing the upstream Keras file start from, whatever content/ holds.
 */
export const kerasContent = join(import.meta.dirname, '../fixtures/keras-content');

export const site = 'https://example.org';
export const base = '/policy-site/';

/** The content folder as the import reads it: policy sections and intro by path inside it. */
export const readContent = readContentFiles;

/** Imports `source` over `existing` as `npm run import` does, with the project's channels. */
export function importText(
  source: string,
  existing: ContentFiles = new Map(),
  lock?: string[],
): ImportResult {
  return importSecurityMd(importInputOf(source, existing, lock));
}

/** What importText hands the import. */
export function importInputOf(
  source: string,
  existing: ContentFiles = new Map(),
  lock?: string[],
): ImportInput {
  return {
    source,
    sourceName: 'SECURITY.md',
    sourcePath: 'SECURITY.md',
    repositoryUrl: 'https://github.com/example/project',
    siteUrl: `${site}${base}`,
    existing,
    defaultTitle: defaultPolicyTitle,
    channels: project.reportingChannels,
    contentName: 'content',
    lock: lock ? { anchors: lock } : undefined,
    site,
    base,
  };
}

/** The content check's reading of imported files: sections in order, with their heading ids. */
export function checkImported(files: ContentFiles) {
  const intro = files.get(introFile);
  return checkContent(
    [...files].filter(([path]) => path.startsWith('policy/')).map(([file, source]) => ({ file, source })),
    { components: mdxComponentNames, intro: intro ? { file: introFile, source: intro } : undefined },
  );
}

/** SECURITY.md rendered from content files, as the site's /SECURITY.md route renders it. */
export function renderSecurityMd(files: ContentFiles, title: string): string {
  const intro = files.get(introFile);
  return securityMd({
    title,
    intro: intro ? parseContentFile(introFile, intro).parsed?.tree : undefined,
    sections: checkImported(files).sections,
    channels: project.reportingChannels,
    siteUrl: (path) => `${site}${base}${path.replace(/^\//, '')}`,
    source: 'content/policy/*.mdx',
  });
}

/** `npm run import -- …args` with CONTENT_DIR set, as a user runs it. */
export function runImport(args: readonly string[], contentDir: string) {
  return spawnSync(process.execPath, ['--import', './scripts/ts-resolve.mjs', 'scripts/import.ts', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

/** `runImport` without blocking this process: for tests whose server runs in it. */
export function runImportAsync(
  args: readonly string[],
  contentDir: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', './scripts/ts-resolve.mjs', 'scripts/import.ts', ...args],
      {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, CONTENT_DIR: contentDir, ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `git …` in `cwd`, failing loudly; commits under a test identity. */
export function git(cwd: string, ...args: string[]): string {
  const run = spawnSync(
    'git',
    [
      '-c',
      'user.name=Import test',
      '-c',
      'user.email=import@test.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/**
 * A copy of the Keras content in a new folder, committed to a git repository of its own, as a
 * maintainer's checkout has it: the import writes only over committed work.
 */
export function committedKerasCopy(prefix = 'import-content-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(kerasContent, 'policy'), join(dir, 'policy'), { recursive: true });
  cpSync(join(kerasContent, 'anchors.lock.json'), join(dir, 'anchors.lock.json'));
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'content');
  return dir;
}
