// The policy model: every content file read and parsed once, checked, and kept for each output
// that needs it (pages, SECURITY.md, the Markdown twins, anchors.json, the lock, search terms,
// the sitemap, host redirects, the heading ids of the Markdown pipeline).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { AnchorIndex } from '../anchors/index.js';
import { anchorIndex } from '../anchors/model';
import { addedHeadings } from '../anchors/rendered-headings';
import { checkContent, type CheckedSection, type ContentFile, type ContentIssue } from '../content-check';
import { checkAdvisories, type CheckedAdvisory } from '../content-check/advisories';
import type { TreeSource } from '../content-check/parse';
import { mdxComponentNames } from '../constants';
import { reportingSection } from '../sections';
import { readContentFolder, type ContentFolder } from './files';

export interface PolicyModel {
  /** Every problem of the sections and the intro, sorted by file and line. */
  issues: ContentIssue[];
  /** The sections whose frontmatter is valid, in policy order, with their policy-wide heading ids. */
  sections: CheckedSection[];
  /** `intro.mdx` with its Markdown tree, when the content has one. */
  intro: (ContentFile & { tree: Root }) | undefined;
  /** The policy's title: the intro's, else the default. */
  title: string;
  /** The advisories, newest first, and their problems. */
  advisories: { issues: ContentIssue[]; advisories: CheckedAdvisory[] };
  /** Each section's body heading ids, by the file's absolute path: what the Markdown pipeline puts on its headings. */
  headingIds: ReadonlyMap<string, readonly string[]>;
  /** The former page slugs (`redirectFrom`) of every section. */
  formerSlugs: string[];
  /** The section that says how to report a vulnerability (src/lib/sections.ts), if one does. */
  reporting: CheckedSection | undefined;
  /** `anchors.json` for the site at `site` + `base`, built once for each. */
  anchors(site: string, base: string): AnchorIndex;
  /**
   * The same index with every heading the pages show, the "Footnotes" label among them: what
   * each page's fragment map forwards (src/components/FragmentMap.astro).
   */
  pageAnchors(site: string, base: string): AnchorIndex;
}

/** Whether the tree shows the configured reporting channels (`<ReportingChannels />`). */
function showsChannels(tree: Root): boolean {
  let shows = false;
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name === 'ReportingChannels') shows = true;
  });
  return shows;
}

/** `build` run once for each site and base. */
function memo(build: (site: string, base: string) => AnchorIndex) {
  const built = new Map<string, AnchorIndex>();
  return (site: string, base: string): AnchorIndex => {
    const key = `${site}\0${base}`;
    if (!built.has(key)) built.set(key, build(site, base));
    return built.get(key)!;
  };
}

function modelOf(root: string, folder: ContentFolder, treeOf: TreeSource | undefined): PolicyModel {
  const advisories = checkAdvisories(folder.advisories);
  const checked = checkContent(folder.policy, {
    components: mdxComponentNames,
    intro: folder.intro,
    advisories: advisories.advisories.map((advisory) => advisory.id),
    treeOf,
  });
  return {
    issues: checked.issues,
    sections: checked.sections,
    intro: folder.intro && checked.intro ? { ...folder.intro, tree: checked.intro.tree } : undefined,
    title: checked.title,
    advisories,
    headingIds: new Map(checked.sections.map((s) => [resolve(root, s.file), s.headingIds])),
    formerSlugs: checked.sections.flatMap((s) => s.data.redirectFrom),
    reporting: reportingSection(checked.sections, (s) => ({
      channels: showsChannels(s.tree),
      subheadings: s.headings.map((heading) => heading.text),
    })),
    anchors: memo((site, base) => anchorIndex(checked.sections, site, base, checked.title)),
    pageAnchors: memo((site, base) =>
      anchorIndex(
        checked.sections.map((s) => ({ ...s, headings: [...s.headings, ...addedHeadings(s.tree)] })),
        site,
        base,
        checked.title,
      ),
    ),
  };
}

/**
 * The last model of each content folder, by a hash of its files. On globalThis, because Astro
 * loads this module more than once in one build (for the config, and again for the pages).
 */
const models: Map<string, { hash: string; model: PolicyModel }> = ((
  globalThis as { __policyModels?: Map<string, { hash: string; model: PolicyModel }> }
).__policyModels ??= new Map());

/**
 * The policy model of `contentDir` (relative to `root`, the project). Reads the files each time
 * and parses them only when their text changed since the last call; the sections' trees come
 * from `treeOf` when given (the build's store of trees parsed before).
 */
export function readPolicyModel(root: string, contentDir: string, treeOf?: TreeSource): PolicyModel {
  const folder = readContentFolder(root, resolve(root, contentDir));
  const hash = createHash('sha256');
  for (const { file, source } of [
    ...folder.policy,
    ...(folder.intro ? [folder.intro] : []),
    ...folder.advisories,
  ])
    hash.update(file).update('\0').update(source).update('\0');
  const key = `${resolve(root)}\0${resolve(root, contentDir)}`;
  const digest = hash.digest('hex');
  const cached = models.get(key);
  if (cached?.hash === digest) return cached.model;
  const model = modelOf(root, folder, treeOf);
  models.set(key, { hash: digest, model });
  return model;
}
