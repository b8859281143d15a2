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

/** Text inside a Markdown link's brackets, and a line's end, that would end it early. */
const linkText = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `/llms.txt` as llmstxt.org describes it: an `#` name, a `>` summary, then `##` lists of links,
 * one per section with its description, each to the section's Markdown twin (its page is the
 * same address without `.md`). Parts of the policy are the lists; sections outside a part share
 * one. The whole policy as one file, and the advisories, are under "Optional".
 */
export function llmsTxt<T extends SectionLike>(input: LlmsTxtInput<T>): string {
  const lines = [
    `# ${oneLine(input.name)}`,
    '',
    `> ${oneLine(input.summary)}`,
    '',
    'Each link is a section of the policy as Markdown; its web page is the same address with `/` in place of `.md`.',
  ];
  const entry = (section: T) =>
    `- [${linkText(section.data.title)}](${input.url(sectionMarkdownPath(section.id))}): ${oneLine(section.data.description)}`;
  let loose: string[] = [];
  const flush = () => {
    if (loose.length > 0) lines.push('', '## Policy', '', ...loose);
    loose = [];
  };
  for (const group of input.groups) {
    if (!group.part) {
      loose.push(...group.sections.map(entry));
      continue;
    }
    flush();
    lines.push('', `## ${oneLine(group.part.title)}`, '', ...group.sections.map(entry));
  }
  flush();
  lines.push(
    '',
    '## Optional',
    '',
    `- [${linkText(input.title)} (the whole policy)](${input.url(securityMdPath)}): every section in one Markdown file, as the repository's SECURITY.md`,
    `- [The whole policy on one web page](${input.url(fullPolicyPath)}): for reading and printing`,
    `- [Security advisories](${input.url(advisoriesPath)}): vulnerabilities fixed and published`,
  );
  return `${lines.join('\n')}\n`;
}
