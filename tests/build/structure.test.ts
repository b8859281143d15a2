import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployment } from '../../src/config';
import { base, distDir, htmlFiles, page, readable, urlOf } from '../helpers/dist';

const sectionPages = [
  'untrusted-inputs/index.html',
  'data-privacy/index.html',
  'untrusted-environments/index.html',
  'multi-tenant/index.html',
  'reporting/index.html',
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

describe('headings', () => {
  it.each(htmlFiles())('%s: every h2–h6 has an id', (file) => {
    const $ = page(file);
    expect($('h2:not([id]), h3:not([id]), h4:not([id]), h5:not([id]), h6:not([id])').length).toBe(0);
  });

  it.each(contentPages)(
    '%s: every policy heading has an anchor link after it, labelled for screen readers and kept out of search',
    (file) => {
      const $ = page(file);
      const headings = $('main :is(h1, h2, h3, h4, h5, h6)[id]').filter(
        (_, h) => $(h).attr('id') !== 'toc-title',
      );
      expect(headings.length).toBeGreaterThan(0);
      headings.each((_, heading) => {
        const id = $(heading).attr('id');
        const anchor = $(heading).next('a.anchor');
        expect(anchor.attr('href'), `anchor of #${id}`).toBe(`#${id}`);
        expect(anchor.text().trim()).toBe(`Section titled “${$(heading).text().trim()}”`);
        expect(anchor.is('[data-pagefind-ignore]')).toBe(true);
      });
    },
  );

  it('the one-page policy has the SECURITY.md outline with its ids', () => {
    const $ = page('policy/index.html');
    const outline = $('main :is(h1, h2, h3, h4)')
      .map((_, h) => `${h.tagName}#${$(h).attr('id')}`)
      .get();
    expect(outline).toEqual([
      'h1#security-policy',
      'h2#using-keras-securely',
      'h3#untrusted-inputs',
      'h3#data-privacy',
      'h3#untrusted-environments-or-networks',
      'h3#multi-tenant-environments',
      'h4#tenant-isolation',
      'h4#resource-allocation',
      'h4#model-sharing',
      'h4#hardware-attacks',
      'h2#reporting-a-vulnerability',
    ]);
  });

  it.each([
    [
      'multi-tenant/index.html',
      [
        'h1#multi-tenant-environments',
        'h2#toc-title',
        'h2#tenant-isolation',
        'h2#resource-allocation',
        'h2#model-sharing',
        'h2#hardware-attacks',
      ],
    ],
    ['data-privacy/index.html', ['h1#data-privacy']],
  ])('%s has the same ids as SECURITY.md, one level per heading', (file, expected) => {
    const $ = page(file);
    expect(
      $('main :is(h1, h2, h3, h4)')
        .map((_, h) => `${h.tagName}#${$(h).attr('id')}`)
        .get(),
    ).toEqual(expected);
  });
});

describe('section pages', () => {
  it.each(sectionPages)(
    '%s: navigation marks the current page, and the body is indexed for search',
    (file) => {
      const $ = page(file);
      expect($('nav[aria-label="Policy sections"] a[aria-current=page]').attr('href')).toBe(urlOf(file));
      expect($('[data-pagefind-body]').length).toBe(1);
      expect(
        $('[data-pagefind-body] nav, [data-pagefind-body] .anchor').filter(':not([data-pagefind-ignore])')
          .length,
      ).toBe(0);
    },
  );

  it.each([
    ['untrusted-inputs/index.html', undefined, 'data-privacy/'],
    ['data-privacy/index.html', 'untrusted-inputs/', 'untrusted-environments/'],
    ['reporting/index.html', 'multi-tenant/', undefined],
  ])('%s: previous %s, next %s', (file, prev, next) => {
    const $ = page(file);
    expect($('a[rel=prev]').attr('href')).toBe(prev && base + prev);
    expect($('a[rel=next]').attr('href')).toBe(next && base + next);
  });

  it('multi-tenant lists its subsections under "On this page"', () => {
    const $ = page('multi-tenant/index.html');
    expect(
      $('nav.toc a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#tenant-isolation', '#resource-allocation', '#model-sharing', '#hardware-attacks']);
  });

  it.each(sectionPages)('%s: "Edit this page" opens its content file on GitHub', (file) => {
    const slug = file.split('/')[0];
    expect(page(file)('a:contains("Edit this page")').attr('href')).toBe(
      `https://github.com/ElasticProvisioner/keras/edit/main/content/policy/${slug}.mdx`,
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
    expect(cards).toEqual([
      'Untrusted inputs',
      'Data privacy',
      'Untrusted environments or networks',
      'Multi-Tenant environments',
      'Reporting a Vulnerability',
    ]);
  });

  it('leads with a "Report a vulnerability" action to the configured channel', () => {
    expect($('main a.report').text()).toBe('Report a vulnerability');
    expect($('main a.report').attr('href')).toBe(
      'https://github.com/ElasticProvisioner/keras/security/advisories/new',
    );
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
    expect($('title').text()).toMatch(/Keras Security Policy$/);
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
  it('Pagefind indexed the section pages, and nothing else, into pagefind/', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(sectionPages.length);
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'words.txt']) {
      expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(true);
    }
    // The site searches with its own dialog: Pagefind's UI bundles are not published.
    for (const file of ['pagefind-ui.js', 'pagefind-modular-ui.js', 'pagefind-component-ui.js']) {
      expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(false);
    }
  });

  it('the vocabulary for suggestions holds the policy’s words and none of the page chrome', () => {
    const words = readFileSync(join(distDir, 'pagefind/words.txt'), 'utf8').trim().split('\n');
    expect(words).toEqual([...words].sort());
    expect(words).toEqual(expect.arrayContaining(['malicious', 'sandbox', 'tenant', 'rowhammer']));
    for (const chrome of ['titled', 'previous', 'edit', 'apache']) expect(words).not.toContain(chrome);
  });

  it('only the policy text is marked for indexing, and the extra search terms never reach readers', () => {
    for (const file of htmlFiles()) {
      const $ = page(file);
      expect($('[data-pagefind-body]').length, file).toBe(sectionPages.includes(file) ? 1 : 0);
      expect($.html(), file).not.toMatch(/Rowhammer|cross-site scripting|data-pagefind-weight/);
    }
  });
});
