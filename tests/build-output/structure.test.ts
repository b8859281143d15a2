import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployment, project } from '../../src/config';
import { siteNameOf } from '../../src/lib/page-title';
import { readPolicyModel } from '../../src/lib/policy-model';
import { githubHeadingIds } from '../../src/lib/import/outline';
import { parseMarkdown } from '../../src/lib/markdown/github-markdown';
import { excludedFromIndex } from '../../src/lib/search/excluded';
import { warmUpFile, type PagefindEntry, type WarmUp } from '../../src/lib/search/warm-up';
import {
  base,
  builtAnchors,
  contentDir,
  distDir,
  htmlFiles,
  page,
  readable,
  sectionFiles,
  urlOf,
} from '../helpers/dist';

// True of any policy: what is expected is derived from the build (anchors.json, SECURITY.md).
// What only the Keras policy has is in keras/structure.test.ts.
const sectionPages = sectionFiles;
/** The pages search indexes: the sections, and the overview when the policy has opening words. */
const indexedPages = [
  ...(readPolicyModel(process.cwd(), contentDir).intro ? ['index.html'] : []),
  ...sectionPages,
];
/** The pages that hold policy text. */
const contentPages = ['index.html', 'policy/index.html', ...sectionPages];
/** Every page that is part of the site (all but the 404). */
const sitePages = htmlFiles().filter((file) => file !== '404.html');
const site = deployment.site.replace(/\/$/, '');

describe('the pages', () => {
  it('are the overview, one page per section, the one-page policy, advisories, changes and a 404', () => {
    expect(htmlFiles()).toEqual(
      ['404.html', 'advisories/index.html', 'changes/index.html', ...contentPages].sort(),
    );
  });
});

/** The policy's headings: GitHub's visually hidden "Footnotes" label is the renderer's, not the text's. */
const policyHeadings = 'main :is(h1, h2, h3, h4, h5, h6)[id]:not(.sr-only)';

describe('headings', () => {
  it.each(htmlFiles())('%s: every h2–h6 has an id', (file) => {
    const $ = page(file);
    expect($('h2:not([id]), h3:not([id]), h4:not([id]), h5:not([id]), h6:not([id])').length).toBe(0);
  });

  it.each(contentPages)(
    '%s: every policy heading has an anchor link after it, labelled for screen readers and kept out of search',
    (file) => {
      const $ = page(file);
      const headings = $(policyHeadings).filter((_, h) => $(h).attr('id') !== 'toc-title');
      expect(headings.length).toBeGreaterThan(0);
      headings.each((_, heading) => {
        const id = $(heading).attr('id');
        const anchor = $(heading).next('a.anchor');
        expect(anchor.attr('href'), `anchor of #${id}`).toBe(`#${id}`);
        expect(anchor.text().trim()).toBe(`Section titled “${$(heading).text().trim()}”`);
        // Left out of the search index (Pagefind's excludeSelectors).
        expect(anchor.is(excludedFromIndex.join(', '))).toBe(true);
      });
    },
  );

  it('the one-page policy has the SECURITY.md outline with its ids: levels, texts and GitHub’s ids', () => {
    const $ = page('policy/index.html');
    const outline = $(policyHeadings)
      .map((_, h) => `${h.tagName}#${$(h).attr('id')} ${readable($(h).text())}`)
      .get();
    const markdown = readFileSync(join(distDir, 'SECURITY.md'), 'utf8');
    const tree = parseMarkdown(markdown);
    const depths = tree.children.filter((n) => n.type === 'heading').map((n) => n.depth);
    const expected = githubHeadingIds(tree).map((h, i) => `h${depths[i]}#${h.id} ${readable(h.text)}`);
    expect(outline).toEqual(expected);
  });

  it.each(sectionPages)('%s: its title, then its headings with the ids of the one-page policy', (file) => {
    const $ = page(file);
    const entry = builtAnchors.pages.find((p) => urlOf(file) === `${base}${p.path.slice(1)}`)!;
    const ids = $(policyHeadings)
      .map((_, h) => $(h).attr('id'))
      .get()
      .filter((id) => id !== 'toc-title');
    expect(ids).toEqual(entry.anchors.map((a) => a.id));
    expect(page('policy/index.html')(`[id="${ids[0]}"]`).length).toBe(1);
  });
});

describe('section pages', () => {
  it.each(sectionPages)(
    '%s: navigation marks the current page, and the body is indexed for search',
    (file) => {
      const $ = page(file);
      expect($('nav[aria-label="Policy sections"] a[aria-current=page]').attr('href')).toBe(urlOf(file));
      expect($('[data-pagefind-body]').length).toBe(1);
      expect($('[data-pagefind-body] nav').length).toBe(0);
      expect($('[data-pagefind-body] .anchor').filter(`:not(${excludedFromIndex.join(', ')})`).length).toBe(
        0,
      );
    },
  );

  it.each(sectionPages.map((file, i) => [file, sectionPages[i - 1], sectionPages[i + 1]]))(
    '%s: previous %s, next %s, in policy order',
    (file, prev, next) => {
      const $ = page(file!);
      expect($('a[rel=prev]').attr('href')).toBe(prev && urlOf(prev));
      expect($('a[rel=next]').attr('href')).toBe(next && urlOf(next));
    },
  );

  it.each(sectionPages)('%s: "On this page" lists its subsections, in order', (file) => {
    const $ = page(file);
    const headings = $('.prose :is(h2, h3)[id]')
      .map((_, h) => `#${$(h).attr('id')}`)
      .get();
    const toc = $('nav.toc a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(toc).toEqual(headings);
  });

  it.each(sectionPages)('%s: "Edit this page" opens its content file on GitHub', (file) => {
    const slug = file.split('/')[0];
    expect(page(file)('a:contains("Edit this page")').attr('href')).toBe(
      `${project.source.url}/edit/${project.source.branch}/${contentDir.replace(/^\.\//, '')}/policy/${slug}.mdx`,
    );
  });
});

describe('the overview', () => {
  const $ = page('index.html');
  it('describes each section in one line and links to it', () => {
    const cards = $('main a')
      .filter((_, a) => sectionPages.some((file) => $(a).attr('href') === urlOf(file)))
      .map((_, a) => readable($(a).text()))
      .get();
    expect(cards).toEqual(builtAnchors.pages.slice(2).map((p) => readable(p.title)));
    for (const file of sectionPages) {
      const description = page(file)('meta[name=description]').attr('content');
      expect(readable($('main').text())).toContain(readable(description!));
    }
  });

  it('leads with a "Report a vulnerability" action to the configured channel', () => {
    expect($('main a.report').text()).toBe('Report a vulnerability');
    expect($('main a.report').attr('href')).toBe(project.reportingChannels[0].url);
  });
});

describe('the 404 page', () => {
  it('links to every section and is kept out of search engines', () => {
    const $ = page('404.html');
    const links = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const file of sectionPages) expect(links).toContain(urlOf(file));
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
  });
});

describe('scripts and the Content-Security-Policy', () => {
  it.each(htmlFiles())(
    '%s: one small module script, data as JSON, a CSP that allows nothing inline',
    (file) => {
      const $ = page(file);
      const scripts = $('script:not([type="application/json"])');
      expect(scripts.length).toBe(1);
      expect(scripts.attr('type')).toBe('module');
      const src = scripts.attr('src') ?? '';
      expect(src.startsWith(`${base}_astro/`)).toBe(true);
      expect(statSync(join(distDir, src.slice(base.length))).size).toBeLessThan(6 * 1024);
      $('script[type="application/json"]').each((_, data) => {
        expect(() => JSON.parse($(data).text())).not.toThrow();
      });
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      // The pages have no inline code, so their policy lists no hashes at all.
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
      expect(csp).toMatch(/style-src 'self';/);
      expect($('style, script:not([src]):not([type="application/json"])')).toHaveLength(0);
      expect(csp).not.toContain('unsafe-inline');
      expect($('[onclick], [onload], [onerror]').length).toBe(0);
    },
  );
});

describe('metadata for search engines and link previews', () => {
  it.each(sitePages)('%s: title, description, canonical URL and OpenGraph tags', (file) => {
    const $ = page(file);
    const canonical = `${site}${urlOf(file)}`;
    expect(
      $('title')
        .text()
        .endsWith(siteNameOf(readPolicyModel(process.cwd(), contentDir).title, project.name)),
    ).toBe(true);
    expect($('meta[name=description]').attr('content')?.length).toBeGreaterThan(20);
    expect($('link[rel=canonical]').attr('href')).toBe(canonical);
    expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
    expect($('meta[property="og:description"]').attr('content')).toBe(
      $('meta[name=description]').attr('content'),
    );
    expect($('html').attr('lang')).toBe('en');
  });

  it('the sitemap lists every page but the 404, at its canonical URL', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
    expect(urls).toEqual(sitePages.map((file) => `${site}${urlOf(file)}`).sort());
  });
});

describe('one stylesheet', () => {
  const sheets = new Set(
    htmlFiles().flatMap((file) =>
      page(file)('link[rel=stylesheet]')
        .map((_, l) => page(file)(l).attr('href'))
        .get(),
    ),
  );

  it('every page links the same single stylesheet and has no inline <style>', () => {
    expect(sheets.size).toBe(1);
    for (const file of htmlFiles()) {
      expect(page(file)('link[rel=stylesheet]'), file).toHaveLength(1);
      expect(page(file)('style'), file).toHaveLength(0);
    }
  });
});

describe('print and colour schemes', () => {
  const href = page('index.html')('link[rel=stylesheet]').attr('href')!;
  const css = readFileSync(join(distDir, href.slice(base.length)), 'utf8');
  it('ships a print stylesheet that hides the chrome and prints link targets', () => {
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(
      /\[data-print=hide\],\.site-header,\.site-nav,\.toc,\.prev-next,\.edit,\.report,\.site-footer nav,button,a\.anchor\{display:none!important\}/,
    );
    expect(css).toMatch(/content:" \(" attr\(href\) "\)"/);
  });

  it('follows the system colour scheme in CSS alone', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)/);
  });
});

describe('search index', () => {
  it('Pagefind indexed the section pages (and the opening words, if any), and nothing else, into pagefind/', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(indexedPages.length);
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'words.txt']) {
      expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(true);
    }
    // The site searches with its own dialog: Pagefind's UI bundles are not published.
    for (const file of ['pagefind-ui.js', 'pagefind-modular-ui.js', 'pagefind-component-ui.js']) {
      expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(false);
    }
  });

  it('the warm-up names the entry, metadata, WebAssembly, index and every fragment of the policy', () => {
    const bundle = join(distDir, 'pagefind');
    const entryText = readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8');
    const entry = JSON.parse(entryText) as PagefindEntry;
    const warmUp = JSON.parse(readFileSync(join(bundle, warmUpFile), 'utf8')) as WarmUp;
    const { files } = warmUp;
    // The page asks for the entry under the tag Pagefind is then told to use.
    expect(files[0]).toBe(`pagefind-entry.json?ts=${warmUp.entryTag}`);
    expect(files).toContain(`pagefind.${entry.languages.en!.hash}.pf_meta`);
    expect(files).toContain(`wasm.${entry.languages.en!.wasm}.pagefind`);
    const folder = (name: string) =>
      readdirSync(join(bundle, name))
        .filter((file) => file.endsWith(`.pf_${name}`))
        .map((file) => `${name}/${file}`);
    expect(files.filter((file) => file.startsWith('index/')).sort()).toEqual(folder('index').sort());
    expect(files.filter((file) => file.startsWith('fragment/')).sort()).toEqual(folder('fragment').sort());
    expect(folder('fragment')).toHaveLength(indexedPages.length);
    for (const file of files) expect(existsSync(join(bundle, file.replace(/\?.*/, ''))), file).toBe(true);
  });

  // Search reads the sections from the policy model, the advisories page from the content
  // collection: both name one reporting section, and a question on how to report lands where
  // the site's own link does.
  it('search lands a question on how to report where the advisories page’s report link leads', () => {
    const reporting = readFileSync(join(distDir, 'pagefind/reporting.txt'), 'utf8').trim();
    const $ = page('advisories/index.html');
    const link = $('a')
      .filter((_, a) => $(a).text() === 'Report it privately')
      .attr('href')!;
    expect(reporting).toMatch(/^\/([a-z0-9-]+\/)?$/);
    if (link.startsWith(base)) expect(`/${link.slice(base.length)}`).toBe(reporting);
    else expect(reporting).toBe('/');
  });

  it('the vocabulary for suggestions holds the policy’s words and none of the page chrome', () => {
    const words = readFileSync(join(distDir, 'pagefind/words.txt'), 'utf8').trim().split('\n');
    expect(words).toEqual([...words].sort());
    expect(words.length).toBeGreaterThan(10);
    for (const chrome of ['titled', 'previous', 'edit', 'apache']) expect(words).not.toContain(chrome);
  });

  it('only the policy text is marked for indexing, and the extra search terms never reach readers', () => {
    for (const file of htmlFiles()) {
      const $ = page(file);
      expect($('[data-pagefind-body]').length, file).toBe(indexedPages.includes(file) ? 1 : 0);
      expect($.html(), file).not.toMatch(/data-pagefind-weight/);
    }
  });
});
