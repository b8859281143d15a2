import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySectionSchema } from './schemas/policy';
import { contentDir } from './lib/content-dir';

const policy = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/policy` }),
  schema: policySectionSchema,
});

export const collections = { policy };
