import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { advisorySchema } from './schemas/advisory';
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

export const collections = { policy, advisories };
