import { describe, expect, it } from 'vitest';
import { base, fileFor, htmlFiles, page, urlOf } from '../helpers/dist';

const origin = 'https://site.invalid';

/** Every same-site reference of every page: links, stylesheets, icons. */
const references = htmlFiles().flatMap((file) => {
  const $ = page(file);
  return $('a[href], link[href]:not([rel=canonical])')
    .map((_, element) => ({ file, href: $(element).attr('href')! }))
    .get()
    .filter(({ href }) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//'));
});

describe('every internal link resolves', () => {
  it('finds internal links to check', () => {
    expect(references.length).toBeGreaterThan(50);
  });

  it.each(references)('$file → $href', ({ file, href }) => {
    const url = new URL(href, origin + urlOf(file));
    expect(url.pathname.startsWith(base), `${href} is outside the base path ${base}`).toBe(true);
    const target = fileFor(url.pathname);
    expect(target, `no file serves ${url.pathname}`).toBeDefined();
    if (url.hash.length > 1) {
      const id = decodeURIComponent(url.hash.slice(1));
      expect(page(target!)(`[id="${id}"]`).length, `${target} has no element with id "${id}"`).toBe(1);
    }
  });
});

describe('ids are unique on every page', () => {
  it.each(htmlFiles())('%s', (file) => {
    const $ = page(file);
    const ids = $('[id]')
      .map((_, element) => $(element).attr('id'))
      .get();
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
