import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../lib/content-check';

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
