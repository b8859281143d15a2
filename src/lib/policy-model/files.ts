// Listing and reading a content folder's files: the only place the site's model reads them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../content-check';
import { introFileName } from '../intro/read';

/** The `.mdx` files of a folder, sorted, with paths relative to `root` for messages. */
export function readMdxFiles(root: string, dir: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { file: relative(root, path), source: readFileSync(path, 'utf8') };
    });
}

/** `intro.mdx` in the content folder, when it has one. */
export function readIntroFile(root: string, contentDir: string): ContentFile | undefined {
  const path = join(contentDir, introFileName);
  return existsSync(path) ? { file: relative(root, path), source: readFileSync(path, 'utf8') } : undefined;
}

/** Every file of a content folder the site reads: the sections, the intro and the advisories. */
export interface ContentFolder {
  policy: ContentFile[];
  intro: ContentFile | undefined;
  advisories: ContentFile[];
}

export function readContentFolder(root: string, contentDir: string): ContentFolder {
  return {
    policy: readMdxFiles(root, join(contentDir, 'policy')),
    intro: readIntroFile(root, contentDir),
    advisories: readMdxFiles(root, join(contentDir, 'advisories')),
  };
}

/**
 * A content folder's files by their path inside it (`policy/<name>.mdx`, and `intro.mdx` when
 * there is one), as `npm run import` reads and writes them.
 */
export function readContentFiles(contentDir: string): Map<string, string> {
  const { policy, intro } = readContentFolder(contentDir, contentDir);
  return new Map(
    [...policy, ...(intro ? [intro] : [])].map(({ file, source }) => [file.split(sep).join('/'), source]),
  );
}

/** The ids of a content folder's advisories: each file is named after its advisory's id (the content check holds it to that). */
export function readAdvisoryIds(contentDir: string): string[] {
  const dir = join(contentDir, 'advisories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}
