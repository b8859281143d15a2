import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { deployment } from '../../src/config';
import { anchors } from '../../src/integrations/anchors';
import { contentCheck } from '../../src/integrations/content-check';
import { policyModel } from '../../src/integrations/policy-model';
import { buildFixture, root } from '../helpers/astro-build';
import { contentErrorCases } from '../helpers/content-error-cases';
import { contentErrorFixtures } from '../helpers/fixtures';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * The content check as `astro build` runs it, in this process: the `astro:config:setup` hooks of
 * the policy model, the content check and the anchors, where every content mistake stops the
 * build before Astro renders anything. Returns the report it stops with, or undefined when it
 * lets the build go on.
 */
function configSetup(contentDir: string): string | undefined {
  const model = policyModel({ contentDir });
  const setups = [model, contentCheck({ contentDir, model }), anchors({ contentDir, model })].map(
    (integration) => integration.hooks['astro:config:setup'] as Setup,
  );
  const options = {
    config: { root: pathToFileURL(`${root}/`), site: deployment.site, base: deployment.base },
    command: 'build',
    logger: quiet,
  } as unknown as Parameters<Setup>[0];
  try {
    for (const setup of setups) setup(options);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Paths in the report start at the project; the expected lines name them from the fixture. */
const fromFixture = (report: string, contentDir: string) => report.replaceAll(`${contentDir}/`, '');

describe('a content mistake fails the build with file, line and what to write', () => {
  // Each fixture through the build's own check, in milliseconds rather than an `astro build` each.
  it.each(contentErrorCases)('$fixture', ({ fixture, expected }) => {
    const contentDir = relative(root, join(contentErrorFixtures, fixture));
    const report = configSetup(contentDir);
    expect(report).toBeDefined();
    for (const line of expected) expect(fromFixture(report!, contentDir)).toContain(line);
  });

  // One real build, to show the report as a user sees it: from `astro build`, which exits non-zero.
  it('a real `astro build` of a fixture stops with the whole report', () => {
    const { fixture, expected } = contentErrorCases.find((c) => c.fixture === 'code-in-content')!;
    const contentDir = relative(root, join(contentErrorFixtures, fixture));
    const { status, output } = buildFixture(contentDir);
    expect(status).not.toBe(0);
    expect(output).toContain('The policy content has');
    for (const line of expected) expect(fromFixture(output, contentDir)).toContain(line);
  });

  // The valid fixture's lock is written into a copy: the one committed has none.
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  it('the valid fixture passes the whole check (its addresses recorded, as `npm run anchors:lock` does)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'valid-content-'));
    copies.push(copy);
    cpSync(join(contentErrorFixtures, 'valid'), copy, { recursive: true });
    const before = process.env.UPDATE_ANCHORS_LOCK;
    process.env.UPDATE_ANCHORS_LOCK = '1';
    try {
      expect(configSetup(copy)).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.UPDATE_ANCHORS_LOCK;
      else process.env.UPDATE_ANCHORS_LOCK = before;
    }
    expect(existsSync(join(copy, 'anchors.lock.json'))).toBe(true);
  });
});
