import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deployment } from '../../src/config';
import { anchors } from '../../src/integrations/anchors';
import { contentCheck } from '../../src/integrations/content-check';
import { policyModel } from '../../src/integrations/policy-model';
import { root } from './astro-build';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

// Astro's cache folder, where the policy model keeps the trees it parsed: one of the tests' own.
const cacheDir = join(root, 'node_modules/.cache/config-setup');

/**
 * The content check as `astro build` runs it, in this process: the `astro:config:setup` hooks of
 * the policy model, the content check and the anchors, where every content mistake (sections, advisories, the lock of
 * published addresses) stops the build before Astro renders anything. Returns the report it
 * stops with, or undefined when it lets the build go on. Milliseconds, where a build takes
 * seconds: tests/fixture-builds/content-errors.test.ts shows one real failing build.
 */
export function configSetup(contentDir: string): string | undefined {
  const model = policyModel({ contentDir });
  const setups = [model, contentCheck({ contentDir, model }), anchors({ contentDir, model })].map(
    (integration) => integration.hooks['astro:config:setup'] as Setup,
  );
  const options = {
    config: {
      root: pathToFileURL(`${root}/`),
      cacheDir: pathToFileURL(`${cacheDir}/`),
      site: deployment.site,
      base: deployment.base,
    },
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
