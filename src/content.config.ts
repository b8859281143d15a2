import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { introFileName } from './lib/intro/read';
import { advisorySchema } from './schemas/advisory';
import { policyIntroSchema } from './schemas/intro';
import { policySectionSchema } from './schemas/policy';
import { advisoriesDir, contentDir, hasAdvisories } from './lib/content-dir';

const policy = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/policy` }),
  schema: policySectionSchema,
});

/**
 * The glob loader, quiet when the folder holds no `.mdx` yet: having no advisories is the
 * normal state of a project, not something to warn about on every build.
 */
function advisoriesLoader(): Loader {
  const loader = glob({ pattern: '*.mdx', base: advisoriesDir });
  return {
    name: 'advisories-glob',
    load: async (context) => {
      if (hasAdvisories()) return loader.load(context);
      context.store.clear();
    },
  };
}

/** Published security advisories, one file per advisory named after its id (none yet). */
const advisories = defineCollection({
  loader: advisoriesLoader(),
  schema: advisorySchema,
});

/** `intro.mdx`: the policy's title and the text before its first section, when it has any. */
function introLoader(): Loader {
  const loader = glob({ pattern: introFileName, base: contentDir });
  return {
    name: 'intro-glob',
    load: async (context) => {
      if (existsSync(`${contentDir}/${introFileName}`)) return loader.load(context);
      context.store.clear();
    },
  };
}

const intro = defineCollection({ loader: introLoader(), schema: policyIntroSchema });

export const collections = { policy, advisories, intro };
