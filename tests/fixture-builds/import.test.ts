import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { load } from 'cheerio';
import { nameToEmoji } from 'gemoji';
import { afterAll, describe, expect, it } from 'vitest';
import { project } from '../../src/config';
import { repositoryImageBase } from '../../src/lib/image-sources';
import { githubHeadingIds } from '../../src/lib/import/outline';
import { comparable, sourceTexts } from '../../src/lib/import/lost-lines';
import { parseMarkdown } from '../../src/lib/markdown/github-markdown';
import { buildFixture, root } from '../helpers/astro-build';
import {
  committedKerasCopy,
  fixtureNames,
  importText,
  runImport,
  securityMdFixtures,
  upstreamKeras,
} from '../helpers/import';
import { renderPolicyPage } from '../helpers/render';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * The fixtures that go through `npm run import` and a real `astro build`: the large file (the
 * most of everything), and headings with formatting beside images of the repository (the page's
 * own heading and the Content-Security-Policy). It also shows that the in-process render below gives the same ids and
 * text as the build, so the other fixtures can be checked with it, in milliseconds each.
 */
const built = ['large.md', 'formatted-headings.md'];

/** What else a built fixture's pages must show, read from its build folder. */
const builtChecks: Record<string, (outDir: string) => void> = {
  'formatted-headings.md': (outDir) => {
    const page = readFileSync(join(outDir, 'reporting-a-critical-vulnerability/index.html'), 'utf8');
    expect(page).toMatch(
      /<h1 id="reporting-a-critical-vulnerability"[^>]*>Reporting a <em>critical<\/em> vulnerability<\/h1>/,
    );
    // `npm run import` resolves relative images in the configured repository.
    const images = repositoryImageBase(project.repository.url)!;
    expect(page).toContain(`src="${images}HEAD/docs/report-button.png"`);
    // The page may load the repository's images, and no other origin's.
    const csp = /http-equiv="content-security-policy" content="([^"]*)"/i.exec(page)?.[1] ?? '';
    expect(csp).toContain(`img-src 'self' data: ${images};`);
  },
};

/** What of `source` the one-page policy (`<main>` of `html`) lacks: heading ids, and lines of text. */
function missingFromPage(source: string, html: string) {
  const { leftOut } = importText(source);
  const $ = load(html);
  const ids = new Set(
    $('main [id]')
      .map((_, el) => $(el).attr('id'))
      .get(),
  );
  const inside = (line: number) => leftOut.some((r) => line >= r.line && line <= r.endLine);
  const missingIds = githubHeadingIds(parseMarkdown(source))
    .filter((heading) => !inside(heading.line))
    .filter((heading) => !ids.has(heading.id));

  // A footnote's number and its way back are the site's, not words of the file.
  $('a[data-footnote-ref], a[data-footnote-backref]').remove();
  // An image's words are its alt text (what it says when it does not load, or to a screen reader).
  $('main img').each((_, img) => {
    $(img).replaceWith(` ${$(img).attr('alt') ?? ''} `);
  });
  const page = comparable($('main').text());
  // Emoji shortcodes as GitHub shows them (`:white_check_mark:` is ✅), from GitHub's own list.
  const shown = (text: string) =>
    text
      .replace(/:(\+1|[-\w]+):/g, (code, name: string) => nameToEmoji[name] ?? code)
      // An alert's marker (`[!NOTE]`) shows as its title ("Note"), as on GitHub.
      .replace(
        /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i,
        (_, type: string) => type[0]!.toUpperCase() + type.slice(1).toLowerCase(),
      );
  const text = sourceTexts(parseMarkdown(source), leftOut).filter(
    (entry) => !page.includes(comparable(shown(entry.text))),
  );
  return { ids: missingIds, text };
}

/** The one-page policy's ids and text, to compare a build with the in-process render. */
function pageReading(html: string) {
  const $ = load(html);
  $('a.anchor, a[data-footnote-ref], a[data-footnote-backref]').remove();
  return {
    ids: $('main [id]')
      .map((_, el) => $(el).attr('id'))
      .get()
      .sort(),
    text: comparable($('main').text()),
  };
}

/** A fresh content folder relative to the project, as CONTENT_DIR names one. */
function contentFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'imported-content-'));
  folders.push(dir);
  return relative(root, dir);
}

describe('every fixture SECURITY.md: imported, and shown whole on the one-page policy', () => {
  it.each(built)(
    '%s: imported by the command, built by Astro, every heading id and line shown',
    async (name) => {
      const file = join(securityMdFixtures, name);
      const content = contentFolder();
      const imported = runImport([file], content);
      expect(imported.status, imported.stderr).toBe(0);
      const build = buildFixture(content, { SITE_BASE: '/', UPDATE_ANCHORS_LOCK: '1' });
      expect(build.status, build.output).toBe(0);
      const html = readFileSync(join(build.outDir, 'policy/index.html'), 'utf8');
      expect(missingFromPage(readFileSync(file, 'utf8'), html)).toEqual({ ids: [], text: [] });
      // The in-process render reads as the build: the same ids, the same text.
      expect(pageReading(await renderPolicyPage(content))).toEqual(pageReading(html));
      builtChecks[name]?.(build.outDir);
    },
  );

  it.each(fixtureNames.filter((name) => !built.includes(name)))(
    '%s: every heading id and line shown (the site’s pipeline, in-process)',
    async (name) => {
      const source = readFileSync(join(securityMdFixtures, name), 'utf8');
      const imported = importText(source);
      expect(imported.errors).toEqual([]);
      expect(imported.lost).toEqual([]);
      const content = contentFolder();
      for (const [path, text] of imported.files) {
        mkdirSync(dirname(join(root, content, path)), { recursive: true });
        writeFileSync(join(root, content, path), text);
      }
      expect(missingFromPage(source, await renderPolicyPage(content))).toEqual({ ids: [], text: [] });
    },
  );

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
