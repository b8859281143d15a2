// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { deployment, project } from './src/config';
import { buildDate } from './src/integrations/build-date';
import { configCheck } from './src/integrations/config-check';
import { anchors } from './src/integrations/anchors';
import { contentCheck } from './src/integrations/content-check';
import { hostConfig } from './src/integrations/host-config';
import { policyModel } from './src/integrations/policy-model';
import { searchIndex } from './src/integrations/search/index';
import { stopOnUserError } from './src/integrations/stop-on-user-error';
import { contentDir } from './src/lib/content-dir';
import { repositoryImageBase } from './src/lib/image-sources';
import { processorFeatures, rehypePlugins, remarkPlugins } from './src/markdown/pipeline';

// The content, read once for the whole build and handed to every step that needs it.
const model = policyModel({ contentDir });

// Astro's content cache keeps an entry's file path while its text is unchanged, so a build of
// another content folder (a test fixture, the benchmark's corpus) would leave its paths behind
// for the next build of `content/`. Each other folder gets a cache of its own, in
// node_modules/.cache rather than in the system's temp folder.
const cacheDir =
  resolve(contentDir) === resolve('content')
    ? undefined
    : resolve(
        'node_modules/.cache',
        `astro-content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`,
      );

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  trailingSlash: 'ignore',
  // Scoped styles by class, not by a data-astro-cid-* attribute on every element: fewer bytes.
  scopedStyleStrategy: 'class',
  ...(cacheDir ? { cacheDir } : {}),
  // The stylesheet is a file of its own, never inlined: cached once for every page, and no page
  // needs a CSP hash for inline styles.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // The policy has no code blocks; Shiki's inline styles would also need 'unsafe-inline'.
    syntaxHighlight: false,
    // The switches (no smart punctuation) and plugin lists live in src/markdown/pipeline.ts, which
    // the GitHub-equivalence test renders with too; remark-gfm is among the plugins.
    processor: unified({
      ...processorFeatures,
      remarkPlugins: remarkPlugins({ base: deployment.base, headingIds: model.headingIds }),
      rehypePlugins,
    }),
  },
  security: {
    // A Content-Security-Policy <meta> on every page: Astro hashes the inline styles and scripts it
    // emits; nothing else runs, and nothing loads from another origin but the images of the
    // policy's own repository (src/lib/image-sources.ts says why those and no others). Pagefind's
    // WebAssembly needs 'wasm-unsafe-eval', its worker a blob: URL.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        /** @type {`img-src ${string}`} */ (
          ["img-src 'self' data:", repositoryImageBase(project.repository.url)].filter(Boolean).join(' ')
        ),
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The site's own integrations end the build on a user's mistake with its message alone.
  integrations: [
    // First: every other step reads these settings.
    stopOnUserError(configCheck()),
    stopOnUserError(buildDate()),
    stopOnUserError(model),
    stopOnUserError(contentCheck({ contentDir, model })),
    stopOnUserError(anchors({ contentDir, model })),
    mdx(),
    // A former address only forwards to the page that replaced it: not a page of its own.
    sitemap({
      filter: (page) => !model.current().formerSlugs.some((slug) => page.endsWith(`/${slug}/`)),
    }),
    stopOnUserError(searchIndex({ contentDir, model })),
    stopOnUserError(hostConfig({ model })),
  ],
  server: { host: '127.0.0.1' },
  vite: {
    // The search dialog is built as a module of its own (src/scripts/search.ts).
    worker: { format: 'es' },
    environments: {
      client: {
        build: {
          rollupOptions: {
            // The site's one script is named `site.<hash>.js` rather than after the layout
            // that includes it: every page names it, and a page's bytes are counted.
            output: {
              entryFileNames: (chunk) =>
                chunk.facadeModuleId?.includes('/src/layouts/BaseLayout.astro')
                  ? '_astro/site.[hash].js'
                  : '_astro/[name].[hash].js',
            },
          },
        },
      },
    },
    build: {
      cssCodeSplit: false,
      // The site's script stays a file, however small: cached once rather than sent in every
      // page, and no page needs a CSP hash for inline code.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler
        // warns about for every section; it is Astro's own and harmless, so keep the log clean.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
