import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { deployment } from '../../src/config';

/** The build under test: `dist/` unless DIST_DIR names another (the sub-path build). */
export const distDir = process.env.DIST_DIR ?? join(import.meta.dirname, '../../dist');

/** The base path the build was made with. */
export const base = deployment.base.endsWith('/') ? deployment.base : `${deployment.base}/`;

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(`${distDir} has no index.html: run \`npm run build\` before the build-output tests`);
}

/** Every HTML file of the build, relative to dist (`multi-tenant/index.html`). */
export function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

const cache = new Map<string, CheerioAPI>();

/** A built page, parsed. */
export function page(file: string): CheerioAPI {
  let $ = cache.get(file);
  if (!$) {
    $ = load(readFileSync(join(distDir, file), 'utf8'));
    cache.set(file, $);
  }
  return $;
}

/** The URL path a file is served at (`multi-tenant/index.html` → `/keras/multi-tenant/`). */
export function urlOf(file: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The file that serves a URL path under the base, or undefined when none does. */
export function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidate = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  const path = join(distDir, candidate);
  return existsSync(path) && statSync(path).isFile() ? candidate : undefined;
}

/** Text as a reader sees it, with typographic quotes made plain and white space folded. */
export function readable(text: string): string {
  return spaced(text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'));
}

/** Text with white space folded and nothing else changed: quote marks stay as they are. */
export function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The content folder the build under test was made from (CONTENT_DIR, as the build reads it). */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

interface BuiltAnchors {
  site: string;
  pages: {
    path: string;
    url: string;
    title: string;
    aliases: string[];
    anchors: { id: string; title: string }[];
  }[];
}

/** The build's anchors.json: every page and heading, in policy order. What generic tests derive from. */
export const builtAnchors = JSON.parse(readFileSync(join(distDir, 'anchors.json'), 'utf8')) as BuiltAnchors;

/** The section pages, in policy order (`/data-privacy/`). */
export const sectionPaths = builtAnchors.pages
  .map((p) => p.path)
  .filter((path) => path !== '/' && path !== '/policy/');

/** Their files (`data-privacy/index.html`). */
export const sectionFiles = sectionPaths.map((path) => `${path.slice(1)}index.html`);
