// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { deployment } from './src/config';
import { contentCheck } from './src/integrations/content-check';
import { pagefindIndex } from './src/integrations/pagefind';
import { contentDir } from './src/lib/content-dir';
import { remarkBaseLinks } from './src/markdown/remark-base-links';

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  trailingSlash: 'ignore',
  // A few kilobytes of CSS cost less inline than the round trip of a stylesheet request.
  build: { inlineStylesheets: 'always' },
  markdown: {
    // remark-gfm is named here rather than through the processor's `gfm` switch, so the one
    // plugin list shows everything the content goes through.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, [remarkBaseLinks, { base: deployment.base }]],
    }),
  },
  integrations: [contentCheck({ contentDir }), mdx(), sitemap(), pagefindIndex()],
  server: { host: '127.0.0.1' },
  vite: {
    build: {
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
