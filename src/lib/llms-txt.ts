import type { BlockContent, ListItem, PhrasingContent } from 'mdast';
import { link, stringifyMarkdown, text } from './markdown/output';
import { advisoriesPath, fullPolicyPath, sectionMarkdownPath, securityMdPath } from './paths';
import type { PolicyGroup, SectionLike } from './sections';

export interface LlmsTxtInput<T extends SectionLike> {
  /** The site's name: the file's `#` heading. */
  name: string;
  /** One sentence: the file's `>` summary. */
  summary: string;
  /** The policy's title, for the link to the whole policy. */
  title: string;
  groups: readonly PolicyGroup<T>[];
  /** The absolute URL of a site path. */
  url: (path: string) => string;
}

const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2, title: string) => ({
  type: 'heading' as const,
  depth,
  children: [text(oneLine(title))],
});
const list = (items: PhrasingContent[][]) => ({
  type: 'list' as const,
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [paragraph(...children)],
  })),
});

/**
 * `/llms.txt` as llmstxt.org describes it: an `#` name, a `>` summary, then `##` lists of links,
 * one per section with its description, each to the section's Markdown twin (its page is the
 * same address without `.md`). Parts of the policy are the lists; sections outside a part share
 * one. The whole policy as one file, and the advisories, are under "Optional". Written as a tree,
 * so names and descriptions are escaped as SECURITY.md escapes them.
 */
export function llmsTxt<T extends SectionLike>(input: LlmsTxtInput<T>): string {
  const blocks: Parameters<typeof stringifyMarkdown>[0] = [
    heading(1, input.name),
    { type: 'blockquote', children: [paragraph(text(oneLine(input.summary)))] },
    paragraph(
      text('Each link is a section of the policy as Markdown; its web page is the same address with '),
      { type: 'inlineCode', value: '/' },
      text(' in place of '),
      { type: 'inlineCode', value: '.md' },
      text('.'),
    ),
  ];
  const entry = (section: T): PhrasingContent[] => [
    link(input.url(sectionMarkdownPath(section.id)), oneLine(section.data.title)),
    text(`: ${oneLine(section.data.description)}`),
  ];
  let loose: PhrasingContent[][] = [];
  const flush = () => {
    if (loose.length > 0) blocks.push(heading(2, 'Policy'), list(loose));
    loose = [];
  };
  for (const group of input.groups) {
    if (!group.part) {
      loose.push(...group.sections.map(entry));
      continue;
    }
    flush();
    blocks.push(heading(2, group.part.title), list(group.sections.map(entry)));
  }
  flush();
  blocks.push(
    heading(2, 'Optional'),
    list([
      [
        link(input.url(securityMdPath), `${oneLine(input.title)} (the whole policy)`),
        text(": every section in one Markdown file, as the repository's SECURITY.md"),
      ],
      [
        link(input.url(fullPolicyPath), 'The whole policy on one web page'),
        text(': for reading and printing'),
      ],
      [link(input.url(advisoriesPath), 'Security advisories'), text(': vulnerabilities fixed and published')],
    ]),
  );
  return stringifyMarkdown(blocks);
}
