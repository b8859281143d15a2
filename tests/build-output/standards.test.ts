import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { deployment } from '../../src/config';
import { noAdvisoriesText } from '../../src/lib/constants';
import { base, contentDir, distDir, page, sectionPaths } from '../helpers/dist';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const site = new URL(base, deployment.site).href;
const readableText = (text: string) => text.replace(/\s+/g, ' ').trim();

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

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
/** A shallow clone (most CI checkouts) has only part of the history: the build reads what it has. */
const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
/** The commits a shallow clone ends at: git cannot say what they changed, so the build leaves them out. */
const boundary = new Set(
  shallow
    ? readFileSync(join(root, git('rev-parse', '--git-path', 'shallow').trim()), 'utf8').split(/\s+/)
    : [],
);
const because = shallow
  ? 'shallow clone: git has only part of the policy history here, so only that part can be checked (git fetch --unshallow for all of it)'
  : 'a full clone: every revision git has of the policy';

/**
 * The commits that changed the sections at `path`, newest first, as "hash date", leaving out
 * those marked `Policy-Change: none` (nothing readers see), and those a shallow clone ends at.
 */
function revisions(path: string): string[] {
  return git('log', '--format=%H %cI %(trailers:key=Policy-Change,valueonly,separator=%x20)', '--', path)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/ none$/i.test(line) && !boundary.has(line.split(' ')[0]!))
    .map((line) => line.split(' ').slice(0, 2).join(' '));
}

describe('policy history', () => {
  const policyDir = `${contentDir.replace(/^\.\//, '').replace(/\/$/, '')}/policy`;
  const log = revisions(`${policyDir}/*.mdx`);

  it('/changes/ lists every revision git has of the policy, newest first, with the sections it touched', () => {
    const $ = page('changes/index.html');
    const items = $('main .list > li');
    expect(items.map((_, li) => $(li).attr('id')).get(), because).toEqual(
      log.map((line) => `change-${line.slice(0, 12)}`),
    );
    if (shallow)
      expect(readableText($('main').text()), `${because}; /changes/ must say so`).toContain(
        'this is a shallow git clone',
      );
    for (const li of items.toArray()) {
      expect($(li).find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Its sections: linked, or named as since removed (a fork's history holds the original's).
      expect(readableText($(li).find('.sections').text())).not.toBe('');
    }
  });

  it('each section page says when it last changed, as git says', () => {
    const slug = sectionPaths.at(-1)!.slice(1, -1);
    const newest = revisions(`${policyDir}/${slug}.mdx`)[0]?.split(' ')[1];
    const $ = page(`${slug}/index.html`);
    // Without a revision in git, the page shows the section's frontmatter lastUpdated, if any.
    const stated = /^lastUpdated:\s*['"]?([\d-]+)/m.exec(
      readFileSync(join(root, policyDir, `${slug}.mdx`), 'utf8'),
    )?.[1];
    const expected = newest ? new Date(newest).toISOString().slice(0, 10) : stated;
    expect($('.last-changed time').attr('datetime'), `${because}; /${slug}/'s date`).toBe(expected);
    if (expected) expect($('.last-changed a').attr('href')).toBe(`${base}changes/`);
  });

  it('the changes feed has an entry per revision', () => {
    const $ = load(read('changes/feed.xml'), { xml: true });
    expect($('feed > entry'), because).toHaveLength(log.length);
    if (log[0]) expect($('feed > updated').text()).toBe(new Date(log[0].split(' ')[1]!).toISOString());
  });
});
