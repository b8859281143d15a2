import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { deployment } from '../../src/config';
import { noAdvisoriesText } from '../../src/lib/constants';
import { base, distDir, page } from '../helpers/dist';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const site = new URL(base, deployment.site).href;

describe('advisories, with none published', () => {
  it('/advisories/ shows GitHub’s empty state', () => {
    const $ = page('advisories/index.html');
    expect($('main .empty').text()).toBe(noAdvisoriesText);
    expect($('main .list')).toHaveLength(0);
  });

  it('the Atom feed is valid and empty, and the OSV index is an empty list', () => {
    const $ = load(read('advisories/feed.xml'), { xml: true });
    expect($('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    for (const element of ['id', 'title', 'updated', 'author > name', 'link[rel=self]']) {
      expect($(`feed > ${element}`), element).toHaveLength(1);
    }
    expect($('feed > link[rel=self]').attr('href')).toBe(`${site}advisories/feed.xml`);
    expect($('feed > entry')).toHaveLength(0);
    expect(JSON.parse(read('advisories/osv/index.json'))).toEqual([]);
  });

  it('the overview, advisories and changes advertise both feeds', () => {
    for (const file of ['index.html', 'advisories/index.html', 'changes/index.html']) {
      const $ = page(file);
      expect($('link[rel=alternate][type="application/atom+xml"]'), file).toHaveLength(2);
    }
    const $ = page('index.html');
    expect(
      $('link[rel=alternate][type="application/atom+xml"]')
        .map((_, l) => $(l).attr('href'))
        .get(),
    ).toEqual([`${base}advisories/feed.xml`, `${base}changes/feed.xml`]);
  });
});

describe('SECURITY.md from the same content', () => {
  const built = read('SECURITY.md');

  it('has the outline of the upstream SECURITY.md, and a contents list', () => {
    const headings = built.split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headings).toEqual([
      '# Security Policy',
      '## Using Keras Securely',
      '### Untrusted inputs',
      '### Data privacy',
      '### Untrusted environments or networks',
      '### Multi-Tenant environments',
      '#### Tenant Isolation',
      '#### Resource Allocation',
      '#### Model Sharing',
      '#### Hardware Attacks',
      '## Reporting a Vulnerability',
    ]);
    expect(built).toContain(
      '- [Untrusted inputs](#untrusted-inputs) ([on the site](' + site + 'untrusted-inputs/))',
    );
    expect(built).toContain('none of the topics under [Using Keras Securely](#using-keras-securely)');
    expect(built).toContain(
      '- [Report privately on GitHub](https://github.com/ElasticProvisioner/keras/security/advisories/new)',
    );
    expect(built).not.toMatch(/<[A-Z]\w* ?\/>|import /);
  });

  it(`links only to this build’s site (${site})`, () => {
    const siteLinks = [...built.matchAll(/\]\((https:\/\/elasticprovisioner\.github\.io[^)]*)\)/g)].map(
      (m) => m[1]!,
    );
    expect(siteLinks.length).toBeGreaterThanOrEqual(5);
    for (const link of siteLinks) expect(link.startsWith(site), link).toBe(true);
  });

  it('the committed SECURITY.md is this build’s (run `npm run security-md` when this fails)', () => {
    const committed = readFileSync(join(root, 'SECURITY.md'), 'utf8');
    // The committed file is for the published site; a build under another base links there instead.
    expect(built.replaceAll(site, 'https://elasticprovisioner.github.io/keras/')).toBe(committed);
  });
});

/**
 * The commits that changed the sections at `path`, newest first, as "hash date", leaving out
 * those marked `Policy-Change: none` (nothing readers see).
 */
function revisions(path: string): string[] {
  return execFileSync(
    'git',
    ['log', '--format=%H %cI %(trailers:key=Policy-Change,valueonly,separator=%x20)', '--', path],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/ none$/i.test(line))
    .map((line) => line.split(' ').slice(0, 2).join(' '));
}

describe('policy history', () => {
  const log = revisions('content/policy/*.mdx');

  it('/changes/ lists every revision git has of the policy, newest first, with the sections it touched', () => {
    const $ = page('changes/index.html');
    const items = $('main .list > li');
    expect(items.map((_, li) => $(li).attr('id')).get()).toEqual(
      log.map((line) => `change-${line.slice(0, 12)}`),
    );
    for (const li of items.toArray()) {
      expect($(li).find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect($(li).find('.sections a').length).toBeGreaterThan(0);
    }
  });

  it('each section page says when it last changed, as git says', () => {
    const newest = revisions('content/policy/reporting.mdx')[0]?.split(' ')[1];
    const $ = page('reporting/index.html');
    expect($('.last-changed time').attr('datetime')).toBe(new Date(newest!).toISOString().slice(0, 10));
    expect($('.last-changed a').attr('href')).toBe(`${base}changes/`);
  });

  it('the changes feed has an entry per revision', () => {
    const $ = load(read('changes/feed.xml'), { xml: true });
    expect($('feed > entry')).toHaveLength(log.length);
    expect($('feed > updated').text()).toBe(new Date(log[0]!.split(' ')[1]!).toISOString());
  });
});
