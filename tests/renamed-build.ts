// The build of tests/fixtures/anchors/renamed (a page and a heading renamed, with their former
// names declared), which `npm test` makes into dist-renamed/ for the fixture and browser tests.
// Its base holds characters that are patterns to nginx (`.` any character, `+` a repeat), so the
// same build shows that every address and the server configuration escape them.
import { join } from 'node:path';

export const renamedBase = '/a.b+c/';

/** The renamed fixture's build, made by `npm test` before the fixture and browser tests. */
export const renamedDist = join(import.meta.dirname, '..', 'dist-renamed');
