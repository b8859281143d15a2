/**
 * The folder holding the site's content. `CONTENT_DIR` points a build at another one (test
 * fixtures, the benchmark's generated corpus); paths are relative to the project root.
 */
export const contentDir = process.env.CONTENT_DIR ?? './content';
