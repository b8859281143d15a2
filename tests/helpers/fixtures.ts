import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentFile } from '../../src/lib/content-check';

/** Folder of the content-error fixtures: one content folder per mistake. */
export const contentErrorFixtures = join(import.meta.dirname, '../fixtures/content-errors');

/** A fixture's policy sections as the content check reads them, paths relative to the fixture. */
export function readFixture(name: string): ContentFile[] {
  const dir = join(contentErrorFixtures, name, 'policy');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({ file: `policy/${file}`, source: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * A content folder with the site's real policy and the advisories of a fixture
 * (`tests/fixtures/advisories/<name>`): what a build with those advisories reads.
 */
export function contentWithAdvisories(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'advisories-content-'));
  const content = join(import.meta.dirname, '../../content');
  cpSync(join(content, 'policy'), join(dir, 'policy'), { recursive: true });
  cpSync(join(content, 'anchors.lock.json'), join(dir, 'anchors.lock.json'));
  cpSync(join(import.meta.dirname, '../fixtures/advisories', name), join(dir, 'advisories'), {
    recursive: true,
  });
  return dir;
}
