import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedAnchors } from '../../src/lib/anchors/model';
import { deployment } from '../../src/config';
import { readPolicyModel } from '../../src/lib/policy-model';
import { base, contentDir, distDir, page, urlOf } from '../helpers/dist';

const root = join(import.meta.dirname, '../..');

const anchors = JSON.parse(readFileSync(join(distDir, 'anchors.json'), 'utf8'));
const site = `${deployment.site.replace(/\/$/, '')}${base}`;

describe('anchors.json', () => {
  it('lists every page with its absolute URL under the configured site and base', () => {
    expect(anchors.site).toBe(site);
    // The sections in the order their frontmatter gives, as the content check reads them.
    const { sections } = readPolicyModel(root, contentDir);
    expect(sections.length).toBeGreaterThan(0);
    expect(anchors.pages.map((p: { path: string }) => p.path)).toEqual([
      '/',
      '/policy/',
      ...sections.map((section) => `/${section.id}/`),
    ]);
    for (const p of anchors.pages) expect(p.url).toBe(`${site}${p.path.slice(1)}`);
  });

  it('every anchor it lists exists on the page its URL names', () => {
    // Every page lists its headings: a build that lost them must not pass by checking nothing.
    for (const p of anchors.pages) expect(p.anchors.length, p.path).toBeGreaterThan(0);
    for (const p of anchors.pages) {
      for (const anchor of p.anchors) {
        const url = new URL(anchor.url);
        const file = `${url.pathname.slice(base.length)}index.html`;
        expect(page(file)(`[id="${anchor.id}"]`).length, anchor.url).toBe(1);
        expect(urlOf(file)).toBe(url.pathname);
      }
    }
  });

  it('the committed lock holds every address the site publishes', () => {
    const lock = JSON.parse(readFileSync(join(root, contentDir, 'anchors.lock.json'), 'utf8'));
    expect(lock.anchors).toEqual(expect.arrayContaining(publishedAnchors(anchors)));
  });
});
