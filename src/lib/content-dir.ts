import { existsSync, readdirSync } from 'node:fs';

/**
 * The folder holding the site's content. `CONTENT_DIR` points a build at another one (test
 * fixtures, the benchmark's generated corpus); paths are relative to the project root.
 */
export const contentDir = process.env.CONTENT_DIR ?? './content';

/** The advisories' folder: one `.mdx` file per published advisory. */
export const advisoriesDir = `${contentDir}/advisories`;

/** Whether any advisory is published (getCollection warns about an empty collection). */
export function hasAdvisories(): boolean {
  return existsSync(advisoriesDir) && readdirSync(advisoriesDir).some((name) => name.endsWith('.mdx'));
}
