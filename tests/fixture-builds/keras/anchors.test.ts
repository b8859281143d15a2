import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { configSetup } from '../../helpers/config-setup';
import { renamedBase, renamedDist } from '../../renamed-build';

describe('published addresses never break', () => {
  // Each through the build's own check, in this process (tests/helpers/config-setup.ts).
  it('a broken lock file fails the build, naming the file and how to restore it', () => {
    const output = configSetup('tests/fixtures/anchors/broken-lock');
    expect(output).toContain('tests/fixtures/anchors/broken-lock/anchors.lock.json is not valid JSON (');
    expect(output).toContain(
      'restore it with `git checkout -- tests/fixtures/anchors/broken-lock/anchors.lock.json`',
    );
  });

  it('a heading renamed without an alias fails the build, naming it, where it was linked and what to write', () => {
    const output = configSetup('tests/fixtures/anchors/dropped');
    expect(output).toContain(
      'published heading #model-sharing is gone (linked as /#model-sharing, /multi-tenant/#model-sharing, /policy/#model-sharing): keep it with `anchorAliases: { <new id>: [model-sharing] }` in the frontmatter of the section that now holds that heading, most likely in tests/fixtures/anchors/dropped/policy/tenancy.mdx',
    );
  });

  // dist-renamed/, which `npm test` builds (tests/renamed-build.ts): it built, or no test would run.
  it('a page and a heading renamed with aliases build, and keep every old address', () => {
    const read = (path: string) => readFileSync(join(renamedDist, path), 'utf8');
    const anchors = JSON.parse(read('anchors.json'));
    const tenancy = anchors.pages.find((p: { path: string }) => p.path === '/tenancy/');
    expect(tenancy.aliases).toEqual(['/multi-tenant/']);
    expect(tenancy.anchors.find((a: { id: string }) => a.id === 'sharing-models')).toEqual({
      id: 'sharing-models',
      title: 'Sharing Models',
      url: `https://elasticprovisioner.github.io${renamedBase}tenancy/#sharing-models`,
      aliases: ['model-sharing'],
    });
    const moved = load(read('multi-tenant/index.html'));
    // Forwards within whatever host serves the build; search engines get the canonical URL.
    expect(moved('meta[name="moved-to"]').attr('content')).toBe(`${renamedBase}tenancy/`);
    expect(moved('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${renamedBase}tenancy/`);
    expect(moved('link[rel=canonical]').attr('href')).toBe(
      `https://elasticprovisioner.github.io${renamedBase}tenancy/`,
    );
    expect(read('sitemap-0.xml')).not.toContain('/multi-tenant/');
  });

  it('a new heading not yet in the lock fails the build and names the command that records it', () => {
    const output = configSetup('tests/fixtures/anchors/unlocked');
    expect(output).toMatch(
      /new address(es)? not yet in tests\/fixtures\/anchors\/unlocked\/anchors.lock.json \(.*\/data-privacy\/#new-heading.*\): run `npm run anchors:lock`/,
    );
  });
});
