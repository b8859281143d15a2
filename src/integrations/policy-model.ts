import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseCounts } from '../lib/content-check/parse';
import { handPolicyModel, readPolicyModel, type PolicyModel } from '../lib/policy-model';
import { parserIdentity, treeStore } from './policy-trees';

/** Where the build hooks, the sitemap filter and the Markdown pipeline get the policy model. */
export interface PolicyModelSource {
  /** The model: the build's, read once as it starts; in `astro dev`, the content's as it is now. */
  current(): PolicyModel;
  /** A section's body heading ids by the file's path, for src/markdown/remark-heading-ids.ts. */
  headingIds(path: string): readonly string[] | undefined;
}

/**
 * Reads the content once as the build starts (src/lib/policy-model/) and hands the model to the
 * pages; the other build hooks and the Markdown pipeline take it from the returned source. First
 * among the content's integrations: the content check reports the problems it found.
 */
export function policyModel(options: { contentDir: string }): AstroIntegration & PolicyModelSource {
  let root = process.cwd();
  let built: PolicyModel | undefined;
  let trees: ReturnType<typeof treeStore> | undefined;
  const current = () => built ?? readPolicyModel(root, options.contentDir);
  return {
    name: 'policy-model',
    current,
    headingIds: (path) => current().headingIds.get(resolve(path)),
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        trees = treeStore(join(fileURLToPath(config.cacheDir), 'policy-trees.v8'), parserIdentity(root));
        built = readPolicyModel(root, options.contentDir, trees.treeOf);
        try {
          trees.save();
        } catch (error) {
          // A cache: the next build parses again.
          logger.warn(`the parsed trees could not be kept for the next build: ${(error as Error).message}`);
        }
        handPolicyModel(built);
      },
      // Says whether the build kept to one reading of the content (src/lib/content-check/parse.ts counts them).
      'astro:build:done': ({ logger }) => {
        const folder = `${relative(root, resolve(root, options.contentDir))}${sep}`;
        const counts = [...parseCounts].filter(([file]) => file.startsWith(folder));
        const again = counts.filter(([, times]) => times > 1);
        if (again.length > 0)
          logger.warn(
            `content parsed more than once: ${again.map(([file, times]) => `${file} (${times}×)`).join(', ')}`,
          );
        else {
          const kept = trees?.counts.kept
            ? ` (${trees.counts.kept} sections' trees kept from an earlier build)`
            : '';
          logger.info(`${counts.length} content files, each parsed once${kept}`);
        }
      },
    },
  };
}
