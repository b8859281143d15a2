import { defaultPolicyTitle } from '../intro/read';
import type { AnchorEntry, AnchorIndex, PageEntry } from './index.js';
import { absoluteUrl, fullPolicyPath, homePath, joinBase, sectionPath } from '../paths';
import { groupByPart, type SectionLike } from '../sections';
import { headingId } from '../slug';

/** A section as the anchor model needs it: its headings with their text, and its former names. */
export interface AnchoredSection extends SectionLike {
  // Optional: the import anchors the sections it is about to write, before any schema reads them.
  data: SectionLike['data'] & {
    redirectFrom?: string[] | undefined;
    anchorAliases?: Record<string, string[]> | undefined;
  };
  headings: readonly { id: string; text: string }[];
}

/**
 * `anchors.json` for the site at `site` + `base`: every page and heading readers can link to,
 * with former paths and ids. The overview also accepts every heading id of SECURITY.md and
 * forwards it to the section page that holds it.
 */
export function anchorIndex(
  ordered: readonly AnchoredSection[],
  site: string,
  base: string,
  /** The policy's title (the import passes the one it is about to write). */
  title: string = defaultPolicyTitle,
): AnchorIndex {
  const url = (path: string, id?: string) => absoluteUrl(joinBase(base, id ? `${path}#${id}` : path), site);
  const aliasesOf = (section: AnchoredSection, id: string) => section.data.anchorAliases?.[id] ?? [];

  const sectionPages: PageEntry[] = ordered.map((section) => {
    const path = sectionPath(section.id);
    const title = { id: headingId(section.data.title), text: section.data.title };
    return {
      path,
      url: url(path),
      title: section.data.title,
      aliases: (section.data.redirectFrom ?? []).map(sectionPath),
      anchors: [title, ...section.headings].map((h) => ({
        id: h.id,
        title: h.text,
        url: url(path, h.id),
        aliases: aliasesOf(section, h.id),
      })),
    };
  });

  // The overview's own headings: the policy title, each part, each section title.
  const homeOwn: AnchorEntry[] = [
    {
      id: headingId(title),
      title,
      url: url(homePath, headingId(title)),
      aliases: [],
    },
  ];
  for (const group of groupByPart(ordered)) {
    if (group.part)
      homeOwn.push({
        id: group.part.id,
        title: group.part.title,
        url: url(homePath, group.part.id),
        aliases: [],
      });
    for (const section of group.sections) {
      const id = headingId(section.data.title);
      homeOwn.push({
        id,
        title: section.data.title,
        url: url(homePath, id),
        aliases: aliasesOf(section, id),
      });
    }
  }
  const homeIds = new Set(homeOwn.map((a) => a.id));
  const forwarded = sectionPages.flatMap((page) => page.anchors.filter((a) => !homeIds.has(a.id)));

  // The one-page policy holds every heading under the same id.
  const full = [...homeOwn, ...forwarded].map((a) => ({ ...a, url: url(fullPolicyPath, a.id) }));

  return {
    site: url(homePath),
    pages: [
      {
        path: homePath,
        url: url(homePath),
        title,
        aliases: [],
        anchors: [...homeOwn, ...forwarded],
      },
      {
        path: fullPolicyPath,
        url: url(fullPolicyPath),
        title: `${title} (one page)`,
        aliases: [],
        anchors: full,
      },
      ...sectionPages,
    ],
  };
}

/** Every published address in `index`, as site paths: pages, and pages with `#id`. */
export function publishedAnchors(index: AnchorIndex): string[] {
  return index.pages
    .flatMap((page) => [page.path, ...page.anchors.map((a) => `${page.path}#${a.id}`)])
    .sort();
}

/**
 * For one page, the fragments the page itself does not carry that must still work there,
 * lower-cased: former ids, and on the overview the ids of other pages. Values are where to go:
 * `#id` on the same page, or a URL path with the base.
 */
export function fragmentMap(page: PageEntry): Record<string, string> {
  const map: Record<string, string> = {};
  for (const anchor of page.anchors) {
    const target = new URL(anchor.url);
    const samePage = target.pathname === new URL(page.url).pathname;
    const destination = samePage ? target.hash : `${target.pathname}${target.hash}`;
    if (!samePage) map[anchor.id.toLowerCase()] = destination;
    for (const alias of anchor.aliases) map[alias.toLowerCase()] = destination;
  }
  return map;
}

/** Build output that is no address for readers: host files, hashed assets, the search index. */
const notAddresses = /^(_astro\/|_nginx\/|_headers$|_redirects$|pagefind\/|404\.html$)/;

/**
 * Every other address a build publishes, as site paths, from its files (relative to the output
 * folder): the pages anchors.json does not list with headings (advisories, changes) as `/name/`,
 * and files as themselves (`/SECURITY.md`, `/changes/feed.xml`), so links to them check as good.
 */
export function publishedFiles(files: readonly string[], index: AnchorIndex): string[] {
  const listed = new Set(index.pages.flatMap((page) => [page.path, ...page.aliases]));
  return [
    ...new Set(
      files
        .filter((file) => !notAddresses.test(file))
        .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
        .filter((path) => !listed.has(path)),
    ),
  ].sort();
}
