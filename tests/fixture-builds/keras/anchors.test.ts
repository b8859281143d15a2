import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../helpers/astro-build';

describe('published addresses never break', () => {
  it('a broken lock file fails the build, naming the file and how to restore it', () => {
    const { status, output } = buildFixture('tests/fixtures/anchors/broken-lock');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/anchors/broken-lock/anchors.lock.json is not valid JSON (');
    expect(output).toContain(
      'restore it with `git checkout -- tests/fixtures/anchors/broken-lock/anchors.lock.json`',
    );
  });

  it('a heading renamed without an alias fails the build, naming it, where it was linked and what to write', () => {
    const { status, output } = buildFixture('tests/fixtures/anchors/dropped');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'published heading #model-sharing is gone (linked as /#model-sharing, /multi-tenant/#model-sharing, /policy/#model-sharing): keep it with `anchorAliases: { <new id>: [model-sharing] }` in the frontmatter of the section that now holds that heading, most likely in tests/fixtures/anchors/dropped/policy/tenancy.mdx',
    );
  });

  it('a page and a heading renamed with aliases build, and keep every old address', () => {
    const { status, output, outDir } = buildFixture('tests/fixtures/anchors/renamed', {
      SITE_BASE: '/keras/security/',
    });
    expect(status, output).toBe(0);
    const anchors = JSON.parse(readFileSync(join(outDir, 'anchors.json'), 'utf8'));
    const tenancy = anchors.pages.find((p: { path: string }) => p.path === '/tenancy/');
    expect(tenancy.aliases).toEqual(['/multi-tenant/']);
    expect(tenancy.anchors.find((a: { id: string }) => a.id === 'sharing-models')).toEqual({
      id: 'sharing-models',
      title: 'Sharing Models',
      url: 'https://elasticprovisioner.github.io/keras/security/tenancy/#sharing-models',
      aliases: ['model-sharing'],
    });
    const moved = load(readFileSync(join(outDir, 'multi-tenant/index.html'), 'utf8'));
    // Forwards within whatever host serves the build; search engines get the canonical URL.
    expect(moved('meta[name="moved-to"]').attr('content')).toBe('/keras/security/tenancy/');
    expect(moved('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/keras/security/tenancy/');
    expect(moved('link[rel=canonical]').attr('href')).toBe(
      'https://elasticprovisioner.github.io/keras/security/tenancy/',
    );
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/multi-tenant/');
  });

  it('a new heading not yet in the lock fails the build and names the command that records it', () => {
    const { status, output } = buildFixture('tests/fixtures/anchors/unlocked');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /new address(es)? not yet in tests\/fixtures\/anchors\/unlocked\/anchors.lock.json \(.*\/data-privacy\/#new-heading.*\): run `npm run anchors:lock`/,
    );
  });
});
