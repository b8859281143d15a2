// Finds cmark-gfm, GitHub's own Markdown renderer, for the GitHub-equivalence test: what GitHub
// shows for a footnote or a whole SECURITY.md is what cmark-gfm renders with GitHub's extensions.
// `npm test` installs Debian's cmark-gfm first where it is missing (tests/harness/system-packages.mjs).
import { systemTool } from './system-package.mjs';

export const cmarkGfm = systemTool({
  env: 'CMARK_GFM_PATH',
  paths: ['/usr/bin/cmark-gfm', '/usr/local/bin/cmark-gfm', '/opt/homebrew/bin/cmark-gfm'],
  aptPackage: 'cmark-gfm',
  what: 'cmark-gfm',
  howTo:
    'No cmark-gfm for the GitHub-equivalence test: install GitHub’s renderer (Debian: apt-get install cmark-gfm)',
});
export const { find: findCmarkGfm, require: requireCmarkGfm } = cmarkGfm;
