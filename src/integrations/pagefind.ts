import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of `astro build`, through
 * Pagefind's Node API. Any indexing error fails the build; the service is always closed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'policy-pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new AstroError(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0)
            throw new AstroError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`read ${added.page_count} pages into the search index`);
        } finally {
          await close();
        }
      },
    },
  };
}
