import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkContent, type CheckedSection, type ContentFile, type ContentIssue } from '../lib/content-check';
import { checkAdvisories, type CheckedAdvisory } from '../lib/content-check/advisories';
import { mdxComponentNames } from '../lib/constants';
import { introFileName } from '../lib/intro/read';

/** The `.mdx` files of a content folder, sorted, with paths relative to the project root for messages. */
export function readPolicyFiles(root: string, policyDir: string): ContentFile[] {
  if (!existsSync(policyDir)) return [];
  return readdirSync(policyDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(policyDir, name);
      return { file: relative(root, path), source: readFileSync(path, 'utf8') };
    });
}

/**
 * A content folder's files by their path inside it (`policy/<name>.mdx`, and `intro.mdx` when
 * there is one), as `npm run import` reads and writes them.
 */
export function readContentFiles(contentDir: string): Map<string, string> {
  const policyDir = join(contentDir, 'policy');
  const intro = readIntroFile(contentDir, policyDir);
  return new Map(
    [...readPolicyFiles(contentDir, policyDir), ...(intro ? [intro] : [])].map(({ file, source }) => [
      file.split(sep).join('/'),
      source,
    ]),
  );
}

type CheckedPolicy = { issues: ContentIssue[]; sections: CheckedSection[]; intro?: ContentFile | undefined };

/** `intro.mdx` beside the policy folder, when the content has one. */
export function readIntroFile(root: string, policyDir: string): ContentFile | undefined {
  const path = join(policyDir, '..', introFileName);
  return existsSync(path) ? { file: relative(root, path), source: readFileSync(path, 'utf8') } : undefined;
}

/**
 * The last check of each content folder, by a hash of its files. The config, three build hooks
 * and the SECURITY.md route all need the checked policy; parsing 1,000 sections takes seconds,
 * so it happens once per content. On globalThis, because Astro loads this module more than once
 * in one build (for the config, and again for the pages).
 */
const checks: Map<string, { hash: string; checked: CheckedPolicy }> = ((
  globalThis as { __policyChecks?: Map<string, { hash: string; checked: CheckedPolicy }> }
).__policyChecks ??= new Map());

/**
 * The policy read and checked once, the way every build hook needs it: the sections whose
 * frontmatter is valid, in policy order, and every problem found.
 */
export function readPolicy(root: string, policyDir: string): CheckedPolicy {
  const files = readPolicyFiles(root, policyDir);
  const intro = readIntroFile(root, policyDir);
  const hash = createHash('sha256');
  for (const { file, source } of [...files, ...(intro ? [intro] : [])])
    hash.update(file).update('\0').update(source).update('\0');
  const key = `${resolve(root)}\0${resolve(policyDir)}`;
  const digest = hash.digest('hex');
  const cached = checks.get(key);
  if (cached?.hash === digest) return cached.checked;
  const checked = { ...checkContent(files, { components: mdxComponentNames, intro }), intro };
  checks.set(key, { hash: digest, checked });
  return checked;
}

/** The former page slugs (`redirectFrom`) of every section under `policyDir`, for the sitemap to skip. */
export function formerSlugs(policyDir: string): string[] {
  if (!existsSync(policyDir)) return [];
  // Read from the project root, as the content check reads it, so the two share one parse.
  return readPolicy(process.cwd(), policyDir).sections.flatMap((section) => section.data.redirectFrom ?? []);
}

/** The advisories read and checked, newest first; a missing folder means none are published. */
export function readAdvisories(
  root: string,
  advisoriesDir: string,
): { issues: ContentIssue[]; advisories: CheckedAdvisory[] } {
  return checkAdvisories(readPolicyFiles(root, advisoriesDir));
}
