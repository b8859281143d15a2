import GithubSlugger from 'github-slugger';
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingId } from '../slug';
import { fragmentId } from './links';
import { generatedNotePrefix, siteNotePrefix } from '../security-md';

/** A heading of the source file with the id GitHub gives it there. */
export interface SourceHeading {
  text: string;
  id: string;
  line: number;
}

/** One section of the source: a heading and what follows it, down to the next section. */
export interface SourceSection extends SourceHeading {
  /** Heading level in the source file. */
  depth: number;
  /** The heading that only groups this section with its siblings ("Using Keras Securely"). */
  part?: SourceHeading | undefined;
  /** What follows the heading, sub-headings included, as the source has it. */
  nodes: RootContent[];
  /** The heading itself. */
  heading?: Heading | undefined;
}

/** Lines of the source left out on purpose, and why: the check that nothing is lost accepts them. */
export interface LeftOut {
  line: number;
  endLine: number;
  reason: string;
}

export interface Outline {
  /** The file's `#` title, when it has one. */
  title?: SourceHeading | undefined;
  /** Text before the first section: shown under the title. */
  intro: RootContent[];
  sections: SourceSection[];
  leftOut: LeftOut[];
  /** Every heading of the file, in order, with GitHub's id. */
  headings: SourceHeading[];
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
  node.position?.start.line ?? 1;
const endLineOf = (node: RootContent) => node.position?.end.line ?? lineOf(node);

/** Every heading of the file with the id GitHub gives it: one counter for the whole file. */
export function githubHeadingIds(tree: Root): SourceHeading[] {
  const slugger = new GithubSlugger();
  const headings: SourceHeading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    // The text a reader sees, as GitHub's id counts it: `<code>2.x</code>` is 2.x, not its tags.
    const text = toString(node, { includeHtml: false }).trim();
    headings.push({ text, id: slugger.slug(text), line: lineOf(node) });
  });
  return headings;
}

/**
 * A list that only links to the file's own headings: a contents list, which the site's navigation
 * replaces. Each item holds one in-file link, optionally followed by other links in brackets (the
 * site's own SECURITY.md adds "(on the site)").
 */
export function isContentsList(list: List, ids: ReadonlySet<string>): boolean {
  // An empty item (`-` alone) links nowhere: a list with one is the file's text, not contents.
  return list.children.every(
    (item) =>
      item.children.length > 0 &&
      item.children.every((child) => {
        if (child.type === 'list') return isContentsList(child, ids);
        if (child.type !== 'paragraph') return false;
        let inFile = 0;
        let other = false;
        visit(child, (node) => {
          if (node.type === 'link') {
            if (node.url.startsWith('#') && ids.has(fragmentId(node.url.slice(1)))) inFile++;
            return 'skip';
          }
          if (node.type === 'text' && !/^[\s()[\],;:.-]*$/.test(node.value)) other = true;
          if (node.type === 'inlineCode' || node.type === 'image' || node.type === 'html') other = true;
        });
        return inFile >= 1 && !other;
      }),
  );
}

const contentsLabel = /^(table of contents|contents|toc|index):?$/i;

/**
 * Whether the node before a contents list only names it, in any language ("Contents", "目录"):
 * a heading whose section holds nothing else (the next heading is no deeper), or a short line
 * of text that is no sentence.
 */
function isContentsLabel(label: RootContent, next: RootContent | undefined): boolean {
  if (label.type !== 'paragraph' && label.type !== 'heading') return false;
  const text = toString(label).trim();
  if (contentsLabel.test(text)) return true;
  if (label.type === 'heading')
    return next === undefined || (next.type === 'heading' && next.depth <= label.depth);
  const plain = label.children.every((child) => child.type === 'text' || child.type === 'strong');
  return plain && text.length <= 40 && !text.includes('\n') && !/[.!?。！？]$/.test(text);
}

/** True when a node carries nothing a reader sees: an HTML comment or an empty paragraph. */
function invisible(node: RootContent): boolean {
  return (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)) || toString(node).trim() === '';
}

/**
 * Sorts the file's top-level nodes into the site's shape: the title, the text before the first
 * section, and sections. The top heading level holds the sections; a heading there with nothing
 * of its own before its first sub-heading only groups them, and becomes their `part`. Contents
 * lists, and the notes the site's own SECURITY.md adds, are left out (the site has its own).
 */
export function outline(tree: Root, defaultTitle?: string): Outline {
  const headings = githubHeadingIds(tree);
  const ids = new Set(headings.map((h) => h.id));
  const idAt = new Map(headings.map((h) => [h.line, h]));
  const leftOut: LeftOut[] = [];
  const leave = (from: RootContent, to: RootContent, reason: string) =>
    leftOut.push({ line: lineOf(from), endLine: endLineOf(to), reason });

  // What the site's own SECURITY.md adds before the sections: its note, its link, its contents.
  const nodes: RootContent[] = [];
  for (const [index, node] of tree.children.entries()) {
    const text = node.type === 'paragraph' ? toString(node).trim() : '';
    if (node.type === 'html' && node.value.startsWith(generatedNotePrefix)) {
      leave(node, node, 'the note that the file is generated');
    } else if (node.type === 'paragraph' && text.startsWith(siteNotePrefix)) {
      leave(node, node, 'the link to the site itself');
    } else if (node.type === 'list' && isContentsList(node, ids)) {
      leave(node, node, "a contents list: the site's navigation lists the sections");
      const label = nodes.at(-1);
      if (label && isContentsLabel(label, tree.children[index + 1])) {
        nodes.pop();
        leave(label, label, 'the heading of the contents list');
      }
    } else nodes.push(node);
  }

  const topHeadings = nodes.filter((node): node is Heading => node.type === 'heading');
  const heading = (node: Heading): SourceHeading => idAt.get(lineOf(node))!;
  let title: SourceHeading | undefined;
  let rest = nodes;
  const minDepth = Math.min(...topHeadings.map((h) => h.depth));
  const first = topHeadings[0];
  // The one heading of the top level is the title; so is a first one that names the policy as
  // the site would ("# Security Policy" before "# Reporting"), whose id the site's title holds.
  const sole = topHeadings.filter((h) => h.depth === minDepth).length === 1;
  const namesPolicy =
    first !== undefined && defaultTitle !== undefined && heading(first).id === headingId(defaultTitle);
  if (first && first.depth === minDepth && (sole || namesPolicy)) {
    title = heading(first);
    rest = nodes.filter((node) => node !== first);
  }

  const sectionDepth = Math.min(
    ...rest.filter((n): n is Heading => n.type === 'heading').map((h) => h.depth),
  );
  const firstHeading = rest.findIndex((node) => node.type === 'heading');
  const intro = firstHeading === -1 ? rest : rest.slice(0, firstHeading);
  const body = firstHeading === -1 ? [] : rest.slice(firstHeading);

  // Runs of nodes, each starting at a heading of at most `depth`.
  const split = (list: RootContent[], depth: number) => {
    const runs: { heading: Heading; nodes: RootContent[] }[] = [];
    for (const node of list) {
      if (node.type === 'heading' && node.depth <= depth) runs.push({ heading: node, nodes: [] });
      else runs.at(-1)?.nodes.push(node);
    }
    return runs;
  };

  const sections: SourceSection[] = [];
  const headingNodes = new Map<SourceSection, Heading>();
  for (const run of split(body, sectionDepth)) {
    const own = run.nodes.slice(
      0,
      Math.max(
        0,
        run.nodes.findIndex((n) => n.type === 'heading'),
      ),
    );
    const next = run.nodes.find((n): n is Heading => n.type === 'heading');
    const children = split(run.nodes.slice(own.length), run.heading.depth + 1);
    // A sub-heading GitHub numbers (a second "Notes" is #notes-1) stays a heading of this
    // section: as a section's title it would lose that id, which the site keeps for headings only.
    const ownIds = children.every((child) => {
      const { id, text } = heading(child.heading);
      return id === headingId(text);
    });
    const groupsOnly =
      next !== undefined && next.depth === run.heading.depth + 1 && own.every(invisible) && ownIds;
    if (!groupsOnly) {
      sections.push({
        ...heading(run.heading),
        depth: run.heading.depth,
        nodes: run.nodes,
        heading: run.heading,
      });
      headingNodes.set(sections.at(-1)!, run.heading);
      continue;
    }
    const part = heading(run.heading);
    for (const child of children) {
      sections.push({
        ...heading(child.heading),
        depth: child.heading.depth,
        part,
        nodes: child.nodes,
        heading: child.heading,
      });
      headingNodes.set(sections.at(-1)!, child.heading);
    }
    if (own.length > 0)
      leave(own[0]!, own.at(-1)!, 'HTML comments between a heading and its first sub-heading');
  }

  // A section whose title GitHub numbers (a second "Foo" is #foo-1, or a "Security Policy"
  // after the title) joins the text before it, as a heading: a page title keeps the id of its
  // own text, so only a heading can keep GitHub's.
  // So does an empty heading (`##` alone), which GitHub shows as one: a page needs a title.
  const titled = (section: SourceSection) => section.text !== '' && section.id === headingId(section.text);
  const own = sections.filter((section, i) => {
    if (titled(section)) return true;
    const before = sections.slice(0, i).findLast(titled);
    (before?.nodes ?? intro).push(headingNodes.get(section)!, ...section.nodes);
    return false;
  });

  // A section that is only a contents list ("## Table of Contents") is navigation too.
  const kept = own.filter((section) => {
    const visible = section.nodes.filter((node) => !invisible(node));
    const only =
      visible.length === 1 && visible[0]!.type === 'list' && isContentsList(visible[0] as List, ids);
    if (only)
      leftOut.push({
        line: section.line,
        endLine: endLineOf(section.nodes.at(-1)!),
        reason: "a contents section: the site's navigation lists the sections",
      });
    return !only;
  });

  return { title, intro: intro as (Paragraph | RootContent)[], sections: kept, leftOut, headings };
}
