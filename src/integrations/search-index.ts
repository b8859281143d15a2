import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { close, createIndex } from 'pagefind';
import sirv from 'sirv';
import { joinBase, sectionPath } from '../lib/paths';
import { withSearchTerms } from '../lib/search-record';
import { searchTermsByHeading } from '../lib/search-terms';
import { headingId } from '../lib/slug';
import { readPolicy } from './content-files';

/** Marks the pages that hold policy text; Pagefind indexes nothing else. */
const bodyMarker = 'data-pagefind-body';

interface IndexPage {
  url: string;
  html: string;
}

/**
 * Each section page's site path and its search terms by heading id, from the frontmatter. The
 * index stores site paths; the search UI puts the base path in front (`base-url`). Sections with
 * invalid frontmatter are left out: the content check stops the build on them.
 */
function sectionTerms(root: string, policyDir: string): Map<string, Map<string, string[]>> {
  return new Map(
    readPolicy(root, policyDir).sections.map((section) => [
      sectionPath(section.id),
      searchTermsByHeading(section.data.searchTerms, headingId(section.data.title)),
    ]),
  );
}

/** Indexes the pages into `outputPath` (the Pagefind bundle), failing loudly on any error. */
async function writeIndex(pages: IndexPage[], terms: Map<string, Map<string, string[]>>, outputPath: string) {
  const { index, errors } = await createIndex();
  if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const content = withSearchTerms(page.html, terms.get(page.url) ?? new Map());
    const added = await index.addHTMLFile({ url: page.url, content });
    if (added.errors.length > 0)
      throw new AstroError(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new AstroError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return pages.length;
}

/** The built pages that hold policy text, with the site path each is served at. */
function builtPages(outDir: string): IndexPage[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
      html: readFileSync(join(outDir, file), 'utf8'),
    }))
    .filter((page) => page.html.includes(bodyMarker));
}

/** Indexes the section pages as the dev server renders them into the dev bundle folder. */
async function indexDevPages(origin: string, root: string, policyDir: string, base: string, output: string) {
  const terms = sectionTerms(root, policyDir);
  const pages: IndexPage[] = [];
  for (const url of terms.keys()) {
    const response = await fetch(origin + joinBase(base, url));
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    pages.push({ url, html: await response.text() });
  }
  rmSync(output, { recursive: true, force: true });
  try {
    return await writeIndex(pages, terms, output);
  } finally {
    await close();
  }
}

/**
 * The Pagefind search index. `astro build` indexes the built section pages into
 * `dist/pagefind/`; `astro dev` indexes the pages the dev server renders, serves the index at
 * the same URL, and indexes again whenever the content changes, so search works while editing.
 */
export function searchIndex(options: { contentDir: string }): AstroIntegration {
  let root = '';
  let base = '/';
  let policyDir = '';
  let devOutput = '';
  return {
    name: 'policy-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        policyDir = resolve(root, options.contentDir, 'policy');
        devOutput = join(fileURLToPath(config.cacheDir), 'pagefind-dev');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const count = await writeIndex(
            builtPages(outDir),
            sectionTerms(root, policyDir),
            join(outDir, 'pagefind'),
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
              const count = await indexDevPages(
                `http://127.0.0.1:${address.port}`,
                root,
                policyDir,
                base,
                devOutput,
              );
              logger.info(`search index ready: ${count} pages`);
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
