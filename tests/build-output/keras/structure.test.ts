import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, page } from '../../helpers/dist';

// What only the Keras policy has: its outline, its subsections, its search terms. The same
// checks for any policy, derived from the build, are in ../structure.test.ts.

describe('the Keras policy’s outline', () => {
  it('the one-page policy has the outline NOTES.md gives, with its ids', () => {
    const $ = page('policy/index.html');
    expect(
      $('main :is(h1, h2, h3, h4)')
        .map((_, h) => `${h.tagName}#${$(h).attr('id')}`)
        .get(),
    ).toEqual([
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

  it('multi-tenant/ has the same ids as SECURITY.md, one level per heading', () => {
    const $ = page('multi-tenant/index.html');
    expect(
      $('main :is(h1, h2, h3, h4)')
        .map((_, h) => `${h.tagName}#${$(h).attr('id')}`)
        .get(),
    ).toEqual([
      'h1#multi-tenant-environments',
      'h2#toc-title',
      'h2#tenant-isolation',
      'h2#resource-allocation',
      'h2#model-sharing',
      'h2#hardware-attacks',
    ]);
  });
});

describe('the Keras search terms', () => {
  it('are in the vocabulary for suggestions, with the policy’s own words', () => {
    const words = readFileSync(join(distDir, 'pagefind/words.txt'), 'utf8').trim().split('\n');
    expect(words).toEqual(expect.arrayContaining(['malicious', 'sandbox', 'tenant', 'rowhammer']));
  });

  it('never reach readers', () => {
    for (const file of htmlFiles())
      expect(page(file).html(), file).not.toMatch(/Rowhammer|cross-site scripting/);
  });
});
