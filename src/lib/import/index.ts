import type { Definition, FootnoteDefinition, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { ReportingChannel } from '../../config';
import { lockProblems, type AnchorLock } from '../anchors/lock';
import { anchorIndex } from '../anchors/model';
import { checkContent } from '../content-check/index';
import { parseContentFile } from '../content-check/parse';
import { reservedSlugs } from '../content-check/section';
import { mdxComponentNames } from '../constants';
import { headingId } from '../slug';
import { siteShowsImage } from '../image-sources';
import type { ImportNote } from './html';
import { firstSentence, sectionFile, siteOnlyFields } from './frontmatter';
import { lostLines, plainText, sourceTexts, type LostLine } from './lost-lines';
import { sourceIssues } from './check-issues';
import { tableBlocks } from './table-blocks';
import { parseMarkdown } from '../markdown/github-markdown';
import { outline, type LeftOut, type SourceSection } from './outline';
import { compareSections, type ImportChanges, type SectionText } from './changes';
import { linkResolver, sectionHeadings } from './links';
import { convertBody, normaliseLabel, withoutHtml } from './to-mdx';
import { headingField } from './heading-field';
import { commentsOf, keepSiteComments, type DroppedComment } from './site-comments';

/** A content file, by its path inside the content folder (`policy/data-privacy.mdx`, `intro.mdx`). */
export type ContentFiles = Map<string, string>;

export interface ImportInput {
  /** The SECURITY.md text. */
  source: string;
  /** How messages name the source (its path or URL). */
  sourceName: string;
  /** Where the file sits in its repository (`SECURITY.md`, `.github/SECURITY.md`): relative links resolve from there. */
  sourcePath: string;
  /** The repository's web address, for relative links. */
  repositoryUrl: string;
  /** The site's address with its base (`https://example.org/keras/`): links to it become site links. */
  siteUrl: string;
  /** The content folder as it is now, by path inside it. */
  existing: ContentFiles;
  /** The policy title used when the file has no `#` title. */
  defaultTitle: string;
  /** The configured channels, which `<ReportingChannels />` shows: compared as text. */
  channels: readonly ReportingChannel[];
  /** The content folder's name for messages (`content`). */
  contentName: string;
  /** Every address the site has published (anchors.lock.json), to find those the import would break. */
  lock?: AnchorLock | undefined;
  /** The site's origin and base, for the addresses. */
  site: string;
  base: string;
}

export interface ImportResult {
  /** The content folder as the import writes it (policy sections and intro). */
  files: ContentFiles;
  /** Files of the content folder the import removes. */
  removed: string[];
  /** Problems that stop the import, with lines of the source. */
  errors: ImportNote[];
  /** What the import changed on the way, with lines of the source. */
  notes: ImportNote[];
  /** Lines of the source the site does not show on purpose. */
  leftOut: LeftOut[];
  /** Text of the source found nowhere in the result: the import refuses to write then. */
  lost: LostLine[];
  changes: ImportChanges;
  /** Each published address the new content would break, with the frontmatter line that keeps it. */
  broken: string[];
  /** MDX comments only the site had that the new content has no place for. */
  droppedComments: (DroppedComment & { file: string })[];
  title: string;
}

export { introFileName as introFile } from '../intro/read';
import { introFileName as introFile } from '../intro/read';
const policyPrefix = 'policy/';

/** A page slug from a heading id: the id itself where it is one already. */
function pageSlug(id: string, taken: ReadonlySet<string>): string {
  let slug = id.replace(/^-+|-+$/g, '').replace(/-{2,}/g, '-');
  if (slug === '' || headingId(slug) !== slug || !/^[a-z0-9-]+$/.test(slug)) slug = 'section';
  if (reservedSlugs.includes(slug)) slug = `${slug}-section`;
  let unique = slug;
  for (let n = 2; taken.has(unique); n++) unique = `${slug}-${n}`;
  return unique;
}

interface ExistingSection {
  slug: string;
  data: Record<string, unknown>;
  titleId: string;
  body: string;
  /** The file's line the body starts on. */
  bodyLine: number;
}

/** A file's frontmatter (as text) and body, and the line the body starts on. */
function splitFile(source: string): { yaml: string | undefined; body: string; bodyLine: number } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  const body = match?.[2] ?? source;
  return {
    yaml: match?.[1],
    body,
    bodyLine: source.slice(0, source.length - body.length).split('\n').length,
  };
}

function readExisting(existing: ContentFiles): ExistingSection[] {
  const sections: ExistingSection[] = [];
  for (const [path, source] of existing) {
    if (!path.startsWith(policyPrefix) || !path.endsWith('.mdx')) continue;
    const { yaml, body, bodyLine } = splitFile(source);
    const data = (yaml !== undefined ? (parseYaml(yaml) as Record<string, unknown> | null) : null) ?? {};
    const title = typeof data.title === 'string' ? data.title : '';
    sections.push({
      slug: path.slice(policyPrefix.length, -'.mdx'.length),
      data,
      titleId: headingId(title),
      body,
      bodyLine,
    });
  }
  return sections;
}

/** The text of MDX as a reader sees it, `<ReportingChannels />` as the channels it lists. */
export function mdxText(mdx: string, channels: readonly ReportingChannel[]): string[] {
  const { parsed } = parseBody(mdx);
  return parsed ? mdxTextOf(parsed.tree, channels) : [mdx];
}

/** A section body parsed as the content check parses a file. */
const parseBody = (mdx: string) => parseContentFile('import', `---\ntitle: x\n---\n${mdx}`);

/** The text of a parsed MDX body as a reader sees it, block by block. */
function mdxTextOf(tree: Root, channels: readonly ReportingChannel[]): string[] {
  const blocks: string[] = [];
  const channelText = channels.map((c) => `${c.label}: ${c.description}`);
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'yaml') continue;
      if (node.type === 'mdxJsxFlowElement' && node.name === 'ReportingChannels') blocks.push(...channelText);
      else if (node.type === 'table') blocks.push(...tableBlocks(node));
      else if (
        node.type === 'list' ||
        node.type === 'blockquote' ||
        node.type === 'listItem' ||
        (node.type === 'mdxJsxFlowElement' && node.name !== 'img')
      )
        walk(node.children as RootContent[]);
      else blocks.push(plainText(node));
    }
  };
  walk(tree.children);
  return blocks.filter((block) => block.trim() !== '');
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The section of the content each source section replaces: the one with its heading id, else a
 * section of another title whose words it mostly shares (a renamed heading keeps its page).
 */
function matchExisting(
  sources: readonly SourceSection[],
  existing: readonly ExistingSection[],
  textOf: (section: ExistingSection) => readonly string[],
): (ExistingSection | undefined)[] {
  const byTitleId = new Map(existing.map((section) => [section.titleId, section]));
  const matched: (ExistingSection | undefined)[] = sources.map((section) => byTitleId.get(section.id));
  const free = existing.filter((section) => !matched.includes(section));
  sources.forEach((section, i) => {
    if (matched[i] || free.length === 0) return;
    const mine = words(plainText({ type: 'root', children: section.nodes }));
    let best: { section: ExistingSection; score: number } | undefined;
    for (const candidate of free) {
      const theirs = words(textOf(candidate).join(' '));
      const shared = [...mine].filter((word) => theirs.has(word)).length;
      const score = shared / Math.max(1, Math.min(mine.size, theirs.size));
      if (score >= 0.6 && (!best || score > best.score)) best = { section: candidate, score };
    }
    if (best) {
      matched[i] = best.section;
      free.splice(free.indexOf(best.section), 1);
    }
  });
  return matched;
}

/**
 * A SECURITY.md as the site's content: one section file per section of the file, the title and
 * the text before the first section in `intro.mdx`, frontmatter only the site has kept for the
 * sections that remain. Pure: reads and writes nothing; `scripts/import.ts` does.
 */
export function importSecurityMd(input: ImportInput): ImportResult {
  const tree = parseMarkdown(input.source);
  // The file as read, for the check that nothing is lost: below, its list of blocks is taken
  // apart, never a node (each conversion works on a copy), so a copy of the list is enough.
  const original: Root = { ...tree, children: [...tree.children] };
  const errors: ImportNote[] = [];
  const notes: ImportNote[] = [];

  // Reference links resolve from anywhere in the file, and footnotes go with the section that cites them.
  const definitions = new Map<string, Definition>();
  const footnotes = new Map<string, FootnoteDefinition>();
  // A definition inside a quote or a list counts for the whole file too, as on GitHub.
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(normaliseLabel(node.identifier)))
      definitions.set(normaliseLabel(node.identifier), node);
  });
  tree.children = tree.children.filter((node) => {
    if (node.type === 'definition') return false;
    if (node.type === 'footnoteDefinition') {
      footnotes.set(normaliseLabel(node.identifier), node);
      return false;
    }
    return true;
  });

  const shape = outline(tree, input.defaultTitle);
  const title = shape.title?.text ?? input.defaultTitle;
  let sources: SourceSection[] = shape.sections;
  if (sources.length === 0) {
    // A file without headings is one section: the site needs a page to show it on.
    sources = [{ text: 'Overview', id: 'overview', line: 1, depth: 2, nodes: shape.intro }];
    shape.intro = [];
    notes.push({
      line: 1,
      message:
        'the file has no section headings: its text is one section, "Overview"; add ## headings to split it',
    });
  }

  // Pages: a section keeps the file (and so the address) it has now, matched by its heading id,
  // or, renamed, by its words.
  const existing = readExisting(input.existing);
  const oldText = new Map(existing.map((section) => [section, mdxText(section.body, input.channels)]));
  const matched = matchExisting(sources, existing, (section) => oldText.get(section)!);
  const taken = new Set(matched.filter((m) => m !== undefined).map((m) => m.slug));
  const pages = sources.map((section, i) => {
    const slug = matched[i]?.slug ?? pageSlug(section.id, taken);
    taken.add(slug);
    return slug;
  });

  const byLine = new Map(shape.headings.map((heading) => [heading.line, heading]));
  const bodyHeadings = sources.map((section) => sectionHeadings(section.nodes, byLine));
  const resolveUrl = linkResolver({
    sections: sources.map((section, i) => ({ section, slug: pages[i]! })),
    headingIds: bodyHeadings.map((headings) => headings.map((heading) => heading.id)),
    titleId: shape.title?.id,
    repositoryUrl: input.repositoryUrl,
    sourcePath: input.sourcePath,
    siteUrl: input.siteUrl,
  });

  const showsImage = (url: string) => siteShowsImage(url, input.repositoryUrl);
  const files: ContentFiles = new Map();
  // Each file is parsed once, here: the content check below reads the same parse.
  const parsedFiles = new Map<string, ReturnType<typeof parseContentFile>>();
  /**
   * A section's nodes as its content file: `wrap` puts the body in its file (frontmatter, the
   * site's comments), which is parsed as the content check parses it.
   */
  const convert = (
    nodes: RootContent[],
    depth: number,
    line: number,
    wrap: (mdx: string) => { file: string; source: string; dropped: ImportResult['droppedComments'] },
  ) => {
    const cited = new Set<string>();
    visit({ type: 'root', children: nodes } as Root, 'footnoteReference', (node) => {
      cited.add(normaliseLabel(node.identifier));
    });
    const withNotes = [...nodes];
    for (const id of cited) {
      const definition = footnotes.get(id);
      if (definition) {
        withNotes.push(definition);
        footnotes.delete(id);
      }
    }
    let result = convertBody(withNotes, { sectionDepth: depth, definitions, resolveUrl, showsImage });
    let wrapped = wrap(result.mdx);
    let parsed = parseContentFile(wrapped.file, wrapped.source);
    if (parsed.issues.length > 0) {
      // HTML that MDX cannot read as written: keep its words, drop its tags.
      result = convertBody(withoutHtml(withNotes), {
        sectionDepth: depth,
        definitions,
        resolveUrl,
        showsImage,
      });
      wrapped = wrap(result.mdx);
      parsed = parseContentFile(wrapped.file, wrapped.source);
      notes.push({
        line,
        message: 'this section’s HTML could not be shown as written: its text is kept, its tags left out',
      });
    }
    parsedFiles.set(wrapped.source, parsed);
    errors.push(...result.errors);
    notes.push(...result.notes);
    droppedComments.push(...wrapped.dropped);
    const blocks = parsed.parsed ? mdxTextOf(parsed.parsed.tree, input.channels) : [result.mdx];
    return { source: wrapped.source, blocks };
  };

  // Comments only the site has go back beside their text, or are listed.
  const droppedComments: ImportResult['droppedComments'] = [];
  const withSiteComments = (
    previous: { body: string; bodyLine: number } | undefined,
    next: string,
    path: string,
  ) => {
    if (!previous) return { body: next, dropped: [] };
    const kept = keepSiteComments(previous.body, next, previous.bodyLine);
    return {
      body: kept.body,
      dropped: kept.dropped.map((comment) => ({ ...comment, file: `${input.contentName}/${path}` })),
    };
  };

  const sectionTexts: SectionText[] = [];
  const anchored: Parameters<typeof anchorIndex>[0][number][] = [];
  sources.forEach((section, i) => {
    const slug = pages[i]!;
    const file = `${input.contentName}/${policyPrefix}${slug}.mdx`;
    const kept = matched[i];
    const firstParagraph = section.nodes.find((n) => n.type === 'paragraph' && plainText(n).trim() !== '');
    const paragraphs: Root = { type: 'root', children: firstParagraph ? [firstParagraph] : [] };
    const data: Record<string, unknown> = {
      title: section.text,
      ...headingField(
        section.heading,
        section.text,
        (nodes) =>
          convertBody(nodes, { sectionDepth: section.depth, definitions, resolveUrl, showsImage }).mdx,
      ),
      description: firstSentence(plainText(paragraphs), section.text),
      order: i + 1,
      ...(section.part ? { part: section.part.text } : {}),
    };
    if (!kept)
      notes.push({
        line: section.line,
        message: `new section "${section.text}": its description is its first sentence; write a better one in ${file}`,
      });
    for (const field of siteOnlyFields)
      if (kept?.data[field] !== undefined) data[field] = structuredClone(kept.data[field]);
    // Search terms of a heading that is gone would fail the content check: they go, said so.
    const terms = data.searchTerms;
    if (terms && typeof terms === 'object' && !Array.isArray(terms)) {
      const ids = new Set([section.id, ...bodyHeadings[i]!.map((heading) => heading.id)]);
      for (const key of Object.keys(terms))
        if (!ids.has(key)) {
          delete (terms as Record<string, unknown>)[key];
          notes.push({
            line: section.line,
            message: `searchTerms for #${key} in ${file}: that heading is gone, so its terms are left out`,
          });
        }
    }
    const path = `${policyPrefix}${slug}.mdx`;
    const { source, blocks } = convert(section.nodes, section.depth, section.line, (mdx) => {
      const { body, dropped } = withSiteComments(kept, mdx, path);
      return { file, source: sectionFile(data, body), dropped };
    });
    files.set(path, source);
    anchored.push({
      id: slug,
      data: data as Parameters<typeof anchorIndex>[0][number]['data'],
      headings: bodyHeadings[i]!.map(({ id, text }) => ({ id, text })),
    });
    sectionTexts.push({ slug, title: section.text, blocks });
  });

  const oldIntro = input.existing.get(introFile);
  const intro = convert(shape.intro, 1, shape.intro[0]?.position?.start.line ?? 1, (mdx) => {
    const { body, dropped } = withSiteComments(oldIntro ? splitFile(oldIntro) : undefined, mdx, introFile);
    return { file: `${input.contentName}/${introFile}`, source: sectionFile({ title }, body), dropped };
  });
  if (splitFile(intro.source).body.trim() !== '' || title !== input.defaultTitle)
    files.set(introFile, intro.source);
  for (const [id, definition] of footnotes)
    notes.push({
      line: definition.position?.start.line ?? 1,
      message: `footnote [^${id}] is never cited: left out`,
    });

  // The result must pass the site's own check, and hold every line of the source.
  const checked = checkContent(
    [...files]
      .filter(([path]) => path.startsWith(policyPrefix))
      .map(([path, source]) => ({ file: `${input.contentName}/${path}`, source })),
    {
      components: mdxComponentNames,
      parsed: parsedFiles,
      intro: {
        file: `${input.contentName}/${introFile}`,
        source: files.get(introFile) ?? sectionFile({ title }, ''),
      },
    },
  );
  const headingLines = new Map(
    sources.map((section, i) => [`${input.contentName}/${policyPrefix}${pages[i]}.mdx`, section.line]),
  );
  headingLines.set(`${input.contentName}/${introFile}`, shape.title?.line ?? 1);
  errors.push(...sourceIssues(checked.issues, headingLines));

  // In the file's order (title, intro, each part before its sections), which lostLines relies on to be linear.
  const placed = [
    title,
    ...(files.has(introFile) ? intro.blocks : []),
    ...sectionTexts.flatMap((s, i) => [
      ...(sources[i]!.part && sources[i]!.part !== sources[i - 1]?.part ? [sources[i]!.part!.text] : []),
      s.title,
      ...s.blocks,
    ]),
  ].join('\n');
  const lost = lostLines(sourceTexts(original, shape.leftOut), placed);

  const oldSections = existing.map((section) => ({
    slug: section.slug,
    title: typeof section.data.title === 'string' ? section.data.title : section.slug,
    blocks: oldText.get(section)!,
  }));
  const removed = [...input.existing.keys()].filter(
    (path) =>
      (path.startsWith(policyPrefix) && path.endsWith('.mdx') && !files.has(path)) ||
      (path === introFile && !files.has(introFile)),
  );
  // A section that goes takes its comments with it: listed, as the report lists the section.
  for (const section of existing)
    if (!matched.includes(section))
      for (const comment of commentsOf(section.body, section.bodyLine))
        droppedComments.push({ ...comment, file: `${input.contentName}/${policyPrefix}${section.slug}.mdx` });
  const fileOf = new Map<string, string>(
    anchored.flatMap((section) =>
      [section.id, ...((section.data as { redirectFrom?: string[] }).redirectFrom ?? [])].map(
        (slug) => [`/${slug}/`, `${input.contentName}/${policyPrefix}${section.id}.mdx`] as const,
      ),
    ),
  );
  const broken = input.lock
    ? lockProblems(input.lock, anchorIndex(anchored, input.site, input.base, title), (path) =>
        fileOf.get(path),
      )
    : [];
  return {
    files,
    removed,
    broken,
    droppedComments,
    errors,
    notes,
    leftOut: shape.leftOut,
    lost,
    changes: compareSections(oldSections, sectionTexts),
    title,
  };
}
