import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, root } from '../helpers/astro-build';
import { contentErrorCases } from '../helpers/content-error-cases';
import { contentErrorFixtures } from '../helpers/fixtures';

describe('a content mistake fails the build with file, line and what to write', () => {
  it.each(contentErrorCases)('$fixture', ({ fixture, expected }) => {
    const contentDir = relative(root, join(contentErrorFixtures, fixture));
    const { status, output } = buildFixture(contentDir);
    expect(status).not.toBe(0);
    // Paths in the report start at the project; the expected lines name them from the fixture.
    for (const line of expected) expect(output.replaceAll(`${contentDir}/`, '')).toContain(line);
  });
});
