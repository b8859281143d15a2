import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  netlifyHeaders,
  netlifyRedirects,
  nginxSite,
  pageCsp,
  pruneCspHashes,
  unionCsp,
  type Redirect,
} from '../lib/host-config';
import { joinBase, sectionPath } from '../lib/paths';
import type { PolicyModelSource } from './policy-model';

/** Every `.html` file under `dir`, recursively. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * After the build, trims each page's CSP to the hashes of the inline code it really has, then
 * writes what hosts need to send the site's headers and redirects: `_headers`
 * and `_redirects` (Netlify, Cloudflare Pages) and `_nginx/site.conf`. The Content-Security-Policy
 * is read back from the built pages, so the header always matches what Astro hashed.
 */
export function hostConfig({ model }: { model: PolicyModelSource }): AstroIntegration {
  let base = '/';
  return {
    name: 'host-config',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = joinBase(config.base, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out);
        const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
        const policies = pages.map((page) => {
          const html = pruneCspHashes(readFileSync(page, 'utf8'), sha256);
          writeFileSync(page, html);
          const csp = pageCsp(html);
          if (csp === undefined)
            throw new Error(
              `${page} has no Content-Security-Policy <meta>: every page must go through BaseLayout`,
            );
          return csp;
        });
        const redirects: Redirect[] = model.current().sections.flatMap((section) =>
          section.data.redirectFrom.map((slug) => ({
            from: joinBase(base, sectionPath(slug)),
            to: joinBase(base, sectionPath(section.id)),
          })),
        );
        const input = { base, csp: unionCsp(policies), redirects };
        writeFileSync(join(out, '_headers'), netlifyHeaders(input));
        writeFileSync(join(out, '_redirects'), netlifyRedirects(input));
        mkdirSync(join(out, '_nginx'), { recursive: true });
        writeFileSync(join(out, '_nginx', 'site.conf'), nginxSite(input));
        logger.info(
          `_headers, _redirects, _nginx/site.conf: one CSP for ${pages.length} pages, ${redirects.length} redirect(s)`,
        );
      },
    },
  };
}
