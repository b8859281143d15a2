import { spawnSync } from 'node:child_process';
import { requireCmarkGfm } from '../../scripts/cmark-gfm.mjs';

/** The extensions GitHub's renderer runs on every Markdown file. */
const extensions = ['autolink', 'strikethrough', 'table', 'tagfilter', 'tasklist', 'footnotes'];

/**
 * Markdown as GitHub renders it: cmark-gfm, GitHub's own renderer, with its extensions and raw
 * HTML kept (GitHub sanitises it afterwards; the comparison reads only what a reader sees).
 */
export function renderOnGithub(markdown: string): string {
  const result = spawnSync(
    requireCmarkGfm(),
    [...extensions.flatMap((name) => ['-e', name]), '--unsafe'],
    { input: markdown, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}
