import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type CheckedSection, type ContentFile, type ContentIssue } from '../lib/content-check';
import { checkAdvisories, type CheckedAdvisory } from '../lib/content-check/advisories';
import { mdxComponentNames } from '../lib/constants';

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
 * The policy read and checked once, the way every build hook needs it: the sections whose
 * frontmatter is valid, in policy order, and every problem found.
 */
export function readPolicy(
  root: string,
  policyDir: string,
): { issues: ContentIssue[]; sections: CheckedSection[] } {
  return checkContent(readPolicyFiles(root, policyDir), { components: mdxComponentNames });
}

/** The former page slugs (`redirectFrom`) of every section under `policyDir`, for the sitemap to skip. */
export function formerSlugs(policyDir: string): string[] {
  if (!existsSync(policyDir)) return [];
  return readPolicy(policyDir, policyDir).sections.flatMap((section) => section.data.redirectFrom ?? []);
}

/** The advisories read and checked, newest first; a missing folder means none are published. */
export function readAdvisories(
  root: string,
  advisoriesDir: string,
): { issues: ContentIssue[]; advisories: CheckedAdvisory[] } {
  return checkAdvisories(readPolicyFiles(root, advisoriesDir));
}
