import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The file holding the policy's title and the text before its first section, in the content folder. */
export const introFileName = 'intro.mdx';

/** The policy's title when `intro.mdx` gives none, as most SECURITY.md files title themselves. */
export const defaultPolicyTitle = 'Security Policy';

/** The title `intro.mdx` gives the policy, read before Astro starts (the config needs it). */
export function readPolicyTitle(contentDir: string): string | undefined {
  const path = join(contentDir, introFileName);
  if (!existsSync(path)) return undefined;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  try {
    const title = (parse(frontmatter ?? '') as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    // The content check reports the broken frontmatter with its line; the default title stands in.
    return undefined;
  }
}
