import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { nameToEmoji } from 'gemoji';
import { afterAll, describe, expect, it } from 'vitest';
import { githubHeadingIds } from '../../src/lib/import/outline';
import { comparable, sourceTexts } from '../../src/lib/import/lost-lines';
import { parseMarkdown } from '../../src/lib/import/markdown';
import { buildFixture } from '../helpers/astro-build';
import {
  committedKerasCopy,
  fixtureNames,
  importText,
  runImport,
  securityMdFixtures,
  upstreamKeras,
} from '../helpers/import';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `npm run import -- <file>` into a fresh content folder, then the build with its first lock. */
function importAndBuild(file: string) {
  const content = mkdtempSync(join(tmpdir(), 'imported-content-'));
  folders.push(content);
  const imported = runImport([file], content);
  const built = buildFixture(content, { SITE_BASE: '/', UPDATE_ANCHORS_LOCK: '1' });
  return { imported, built };
}

describe('every fixture SECURITY.md: imported by the command, built by Astro', () => {
  it.each(fixtureNames)('%s: builds, and its one-page policy has every heading id and line', (name) => {
    const file = join(securityMdFixtures, name);
    const { imported, built } = importAndBuild(file);
    expect(imported.status, imported.stderr).toBe(0);
    expect(built.status, built.output).toBe(0);

    const source = readFileSync(file, 'utf8');
    const { leftOut } = importText(source);
    const $ = load(readFileSync(join(built.outDir, 'policy/index.html'), 'utf8'));
    const ids = new Set(
      $('main [id]')
        .map((_, el) => $(el).attr('id'))
        .get(),
    );
    const inside = (line: number) => leftOut.some((r) => line >= r.line && line <= r.endLine);
    const missingIds = githubHeadingIds(parseMarkdown(source))
      .filter((heading) => !inside(heading.line))
      .filter((heading) => !ids.has(heading.id));
    expect(missingIds).toEqual([]);

    // A footnote's number and its way back are the site's, not words of the file.
    $('a[data-footnote-ref], a[data-footnote-backref]').remove();
    const page = comparable($('main').text());
    // Emoji shortcodes as GitHub shows them (`:white_check_mark:` is ✅), from GitHub's own list.
    // An alert's marker (`[!NOTE]`) shows as its title ("Note"), as on GitHub.
    const shown = (text: string) =>
      text
        .replace(/:(\+1|[-\w]+):/g, (code, name: string) => nameToEmoji[name] ?? code)
        .replace(
          /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i,
          (_, type: string) => type[0]!.toUpperCase() + type.slice(1).toLowerCase(),
        );
    const missingText = sourceTexts(parseMarkdown(source), leftOut).filter(
      (entry) => !page.includes(comparable(shown(entry.text))),
    );
    expect(missingText).toEqual([]);
  });

  it('the upstream Keras file builds over a copy of the Keras content with no lock change needed', () => {
    const content = committedKerasCopy('upstream-content-');
    folders.push(content);
    const imported = runImport([upstreamKeras], content);
    expect(imported.status, imported.stderr).toBe(0);
    // Without UPDATE_ANCHORS_LOCK: the lock must already hold every address, none may break.
    const built = buildFixture(content);
    expect(built.status, built.output).toBe(0);
    const $ = load(readFileSync(join(built.outDir, 'multi-tenant/index.html'), 'utf8'));
    expect($('#tenant-isolation').parent().next('p').text()).toMatch(/^Even though we have several tools/);
  });
});
