import { readdirSync, readFileSync } from 'node:fs';
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
