import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../lib/content-check';
import { parseContentFile } from '../lib/content-check/parse';

/** The policy's section files, sorted, with paths relative to the project root for messages. */
export function readPolicyFiles(root: string, policyDir: string): ContentFile[] {
  return readdirSync(policyDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(policyDir, name);
      return { file: relative(root, path), source: readFileSync(path, 'utf8') };
    });
}

/** The former page slugs (`redirectFrom`) of every section under `policyDir`, for the sitemap to skip. */
export function formerSlugs(policyDir: string): string[] {
  if (!existsSync(policyDir)) return [];
  return readPolicyFiles(policyDir, policyDir).flatMap(({ file, source }) => {
    const data = parseContentFile(file, source).parsed?.data;
    const redirectFrom = data?.redirectFrom;
    return Array.isArray(redirectFrom) ? redirectFrom.map(String) : [];
  });
}
