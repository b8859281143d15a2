import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close } from 'pagefind';
import sirv from 'sirv';
import { joinBase } from '../../lib/paths';
import { builtPages, devPages, reportingPath, sectionTerms } from './pages';
import { writeIndex } from './write-index';
import type { PolicyModelSource } from '../policy-model';

/**
 * The search index. `astro build` indexes the built section pages into `dist/pagefind/`;
 * `astro dev` indexes the pages the dev server renders, serves the index at the same URL, and
 * indexes again whenever the content changes, so search works while editing.
 */
export function searchIndex(options: { contentDir: string; model: PolicyModelSource }): AstroIntegration {
  let root = '';
  let base = '/';
  let policyDir = '';
  let devOutput = '';
  let wordnetCache = '';
  return {
    name: 'policy-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        policyDir = resolve(root, options.contentDir, 'policy');
        devOutput = join(fileURLToPath(config.cacheDir), 'pagefind-dev');
        // One for the project, not one per content folder's cache: every build shares the table.
        wordnetCache = resolve(root, 'node_modules/.cache');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const model = options.model.current();
          const count = await writeIndex(
            builtPages(outDir),
            sectionTerms(model),
            join(outDir, 'pagefind'),
            wordnetCache,
            reportingPath(model),
          );
          logger.info(`indexed ${count} pages for search in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        mkdirSync(devOutput, { recursive: true });
        const files = sirv(devOutput, { dev: true });
        const prefix = joinBase(base, '/pagefind/');
        server.middlewares.use((req, res, next) => {
          // Vite strips the base from `url` before this runs; `originalUrl` keeps what was asked.
          const asked = (req as typeof req & { originalUrl?: string }).originalUrl ?? req.url ?? '';
          if (!asked.startsWith(prefix)) return next();
          req.url = `/${asked.slice(prefix.length)}`;
          files(req, res, next);
        });

        // Index once the server answers, then again after every content change. Runs are queued
        // so two never write the index at once.
        let queued: Promise<void> = Promise.resolve();
        let timer: NodeJS.Timeout | undefined;
        const reindex = () => {
          const address = server.httpServer?.address();
          if (!address || typeof address === 'string') return;
          queued = queued
            .then(async () => {
              const model = options.model.current();
              const terms = sectionTerms(model);
              const pages = await devPages(`http://127.0.0.1:${address.port}`, base, terms);
              rmSync(devOutput, { recursive: true, force: true });
              try {
                await writeIndex(pages, terms, devOutput, wordnetCache, reportingPath(model));
              } finally {
                await close();
              }
              logger.info(`search index ready: ${pages.length} pages`);
            })
            .catch((error: Error) => logger.error(`search index: ${error.message}`));
        };
        server.httpServer?.once('listening', reindex);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(policyDir)) return;
          // The content layer re-renders the entry on the same event; index after it has.
          clearTimeout(timer);
          timer = setTimeout(reindex, 400);
        });
      },
    },
  };
}
