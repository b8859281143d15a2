import type { Root } from 'mdast';
import { lockProblems } from '../anchors/lock';
import { anchorIndex } from '../anchors/model';
import { checkContent } from '../content-check/index';
import { mdxComponentNames } from '../constants';
import { headingContent } from '../markdown/heading-markdown';
import { introFileName as introFile } from '../intro/read';
import { siteShowsImage } from '../image-sources';
import { compareSections, type SectionText } from './changes';
import { sourceIssues } from './check-issues';
import { sectionConverter, type ParsedFiles } from './convert-section';
import { matchExisting, pageSlug, policyPrefix, readExisting, splitFile } from './existing';
import { type FileParser, inProcessParser } from './file-parser';
import { sectionFile } from './frontmatter';
import { headingConverter } from './heading-field';
import type { ImportNote } from './html';
import { htmlHeadingsAsHeadings } from './html-headings';
import { linkResolver, sectionHeadings } from './links';
import { lostLines, plainText, sourceTexts } from './lost-lines';
import { mdxText } from './mdx-text';
import { outline, type SourceSection } from './outline';
import { sectionData } from './section-data';
import { takeReferences } from './references';
import { commentsOf, siteCommentsKept } from './site-comments';
import type { ContentFiles, ImportInput, ImportResult } from './types';

export { introFileName as introFile } from '../intro/read';
export { mdxText } from './mdx-text';
export type { ContentFiles, ImportInput, ImportResult } from './types';

/**
 * A SECURITY.md as the site's content: one section file per section of the file, the title and
 * the text before the first section in `intro.mdx`, frontmatter only the site has kept for the
 * sections that remain. Pure: reads and writes nothing; `scripts/import.ts` does.
 */
export function importSecurityMd(input: ImportInput): ImportResult {
  const steps = importSteps(input, inProcessParser());
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The import, paused once (yielding what it waits for) between converting the sections and
 * reading their files' parses, which `parser` may make on other threads (src/lib/import/parallel.ts).
 */
export function* importSteps(
  input: ImportInput,
  parser: FileParser,
): Generator<Promise<unknown> | undefined, ImportResult, unknown> {
  const parsing = parser.markdown(input.source);
  const tree = (parsing instanceof Promise ? yield parsing : parsing) as Root;
  // The file as read, for the check that nothing is lost: below, its list of blocks is taken
  // apart, never a node (each conversion works on a copy), so a copy of the list is enough.
  const original: Root = { ...tree, children: [...tree.children] };
  const errors: ImportNote[] = [];
  const notes: ImportNote[] = [];

  // `<h2>Reporting</h2>` is a heading on GitHub, with an id: here too.
  notes.push(...htmlHeadingsAsHeadings(tree));

  // Reference links resolve from anywhere in the file, and footnotes go with the section that cites them.
  const { definitions, footnotes } = takeReferences(tree);

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

  const files: ContentFiles = new Map();
  // Each file is parsed once, as it is written: the content check below reads the same parse.
  const parsedFiles: ParsedFiles = new Map();
  const droppedComments: ImportResult['droppedComments'] = [];
  const showsImage = (url: string) => siteShowsImage(url, input.repositoryUrl);
  const headingOf = headingConverter({ definitions, resolveUrl, showsImage });
  const convert = sectionConverter({
    definitions,
    footnotes,
    resolveUrl,
    showsImage,
    channels: input.channels,
    parser,
    parsedFiles,
    errors,
    notes,
    droppedComments,
  });
  // Comments only the site has go back beside their text, or are listed.
  const withSiteComments = (
    previous: { body: string; bodyLine: number } | undefined,
    next: string,
    path: string,
  ) => siteCommentsKept(previous, next, `${input.contentName}/${path}`);

  const sectionTexts: SectionText[] = [];
  const shownTitles: string[] = [];
  const anchored: Parameters<typeof anchorIndex>[0][number][] = [];
  // Converted in the file's order, each file's parse started as it is written; read back below.
  const pending = sources.map((section, i) => {
    const slug = pages[i]!;
    const file = `${input.contentName}/${policyPrefix}${slug}.mdx`;
    const kept = matched[i];
    const own: ImportNote[] = [];
    const headingIds = bodyHeadings[i]!.map((heading) => heading.id);
    const data = sectionData({ section, index: i, kept, file, headingIds, headingOf, notes: own });
    const path = `${policyPrefix}${slug}.mdx`;
    const finish = convert(section.nodes, section.depth, section.line, (mdx) => {
      const { body, dropped } = withSiteComments(kept, mdx, path);
      return { file, source: sectionFile(data, body), dropped };
    });
    anchored.push({
      id: slug,
      data: data as Parameters<typeof anchorIndex>[0][number]['data'],
      headings: bodyHeadings[i]!.map(({ id, text }) => ({ id, text })),
    });
    // The heading as a reader sees it: with its formatting, an image's alt text among its words.
    shownTitles.push(
      typeof data.heading === 'string'
        ? plainText({ type: 'heading', depth: 1, children: headingContent(data.heading) })
        : section.text,
    );
    return { own, path, slug, finish };
  });
  const oldIntro = input.existing.get(introFile);
  const introFinish = convert(shape.intro, 1, shape.intro[0]?.position?.start.line ?? 1, (mdx) => {
    const { body, dropped } = withSiteComments(oldIntro ? splitFile(oldIntro) : undefined, mdx, introFile);
    return { file: `${input.contentName}/${introFile}`, source: sectionFile({ title }, body), dropped };
  });

  yield parser.ready();
  pending.forEach(({ own, path, slug, finish }, i) => {
    notes.push(...own);
    const { source, blocks } = finish();
    files.set(path, source);
    sectionTexts.push({ slug, title: sources[i]!.text, blocks });
  });
  const intro = introFinish();
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
      advisories: input.advisories,
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
      shownTitles[i]!,
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
