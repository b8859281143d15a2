import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { checkMdxCode } from '../../src/lib/content-check/mdx-code';
import { mdxComponentNames } from '../../src/lib/constants';
import { sectionHeadingHtml } from '../../src/lib/markdown/heading-markdown';
import { renderMdx } from './render';

/** One example of a Markdown spec: its number, section, Markdown and the HTML it must give. */
export interface SpecExample {
  example: number;
  section: string;
  markdown: string;
  html: string;
}

/** How the site shows an example, beside the spec. */
export type Outcome =
  | { kind: 'same' }
  /** Rendered, but a reader sees other text or structure: both sides, normalised. */
  | { kind: 'differs'; expected: string; actual: string }
  /** Refused, as the site's build would refuse the section: MDX cannot read it, or the content check refuses it. */
  | { kind: 'refused'; reason: string }
  /** Anything else thrown: a bug of the pipeline. */
  | { kind: 'crash'; error: string };

/** Blocks: white space around them is not seen. */
const blocks = new Set(
  (
    'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th ' +
    'thead tr ul'
  ).split(' '),
);
/** Elements whose content nobody sees. */
const hidden = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);
/** Wrappers that change nothing a reader sees. */
const transparent = new Set(['thead', 'tbody', 'html', 'body']);
/**
 * The elements of HTML. Any other tag (`<bar>`, `<responsive-image>`) is an element no style
 * applies to, inline: a reader sees its text as if the tag were not there (GitHub's sanitiser
 * takes such tags out, keeping their text).
 */
const htmlElements = new Set(
  (
    'a abbr address area article aside audio b bdi bdo blockquote body br button canvas caption cite code ' +
    'col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li ' +
    'link main map mark menu meta meter nav noscript object ol optgroup option output p picture pre ' +
    'progress q rp rt ruby s samp script search section select slot small source span strong style sub ' +
    'summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr'
  ).split(' '),
);
/**
 * Elements that show nothing of their own when they hold nothing: an empty paragraph (its margins
 * fold into the next block's), an empty link or emphasis (no text to colour). An empty list item,
 * cell or code span still shows (a bullet, a border, a shaded box), so those are not here.
 */
const invisibleWhenEmpty = new Set(
  'a abbr b bdi cite del dfn em i ins p s small span strong sub sup time u var'.split(' '),
);
/** The attributes that change what a reader sees or where a link leads, by element. */
const kept: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  input: ['type', 'checked'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};

const decode = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where a link written in a file on GitHub leads: a relative address resolves from the file's
 * page (`#x` to the file itself), and GitHub makes `/url` lead to the repository's root.
 */
export function resolveOnGithub(url: string, page: string | undefined): string {
  if (page === undefined || hasScheme.test(url) || url.startsWith('//')) return url;
  try {
    const repositoryRoot = page.slice(0, page.lastIndexOf('/'));
    return new URL(url.startsWith('/') ? `${repositoryRoot}${url}` : url, page).href;
  } catch {
    return url;
  }
}

/**
 * The file an image shows: GitHub shows a file's relative image from its raw address
 * (`github.com/o/r/raw/HEAD/p`, which redirects to `raw.githubusercontent.com/o/r/HEAD/p`), the
 * address the import writes (src/lib/image-sources.ts); the spec's HTML leaves it relative.
 */
const imageFile = (url: string) =>
  url.replace(
    /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/(?:blob|raw)\//,
    'https://raw.githubusercontent.com/$1/$2/',
  );

/** An attribute's value as the reader meets it; the site writes table alignment as a class. */
function attributes(element: Element, page: string | undefined): string {
  const properties = element.properties;
  const classes = Array.isArray(properties.className) ? properties.className.map(String) : [];
  const align = classes.find((c) => c.startsWith('align-'))?.slice('align-'.length) ?? properties.align;
  const values: [string, string][] = [];
  for (const name of kept[element.tagName] ?? []) {
    const property = name === 'align' ? align : properties[name];
    if (property === undefined || property === null || property === false) continue;
    // Left is how a cell reads when nothing aligns it (the site's cells start-align).
    if (name === 'align' && property === 'left') continue;
    let value = property === true ? '' : String(property);
    // GitHub's page prefixes the ids a file's footnotes get, as the site does: `#fn-1` is `#user-content-fn-1`.
    if (name === 'href') value = value.replace(/^#user-content-/, '#');
    if (name === 'href' || name === 'src') value = decode(resolveOnGithub(value, page));
    if (name === 'src') value = imageFile(value);
    values.push([name, value]);
  }
  return values.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
}

/** White space inside <pre> is seen as it is: kept apart from the folding as these stand-ins. */
const preSpace: Record<string, string> = { ' ': '\u0001', '\t': '\u0002', '\n': '\u0003', '\r': '\u0004' };
const restore = Object.fromEntries(Object.entries(preSpace).map(([space, mark]) => [mark, space]));

function serialise(
  nodes: readonly (RootContent | ElementContent)[],
  pre: boolean,
  page: string | undefined,
): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = escape(node.value);
      out += pre ? text.replace(/[ \t\n\r]/g, (space) => preSpace[space]!) : text;
    } else if (node.type === 'element') {
      const name = node.tagName;
      if (hidden.has(name)) continue;
      // Text only a screen reader gets (GitHub's "Footnotes" label) is no part of what is seen.
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if (classes.includes('sr-only')) continue;
      const inner = serialise(node.children, pre || name === 'pre', page);
      // A <span> without attributes changes nothing a reader sees.
      const bare = Object.keys(node.properties).length === 0;
      const empty = inner.replace(/[ \t\n\r\f\u0001-\u0004]/g, '') === '';
      if (transparent.has(name) || (name === 'span' && bare) || !htmlElements.has(name)) out += inner;
      else if (empty && invisibleWhenEmpty.has(name)) out += inner;
      else if (['br', 'hr', 'img', 'input'].includes(name)) out += `<${name}${attributes(node, page)}>`;
      else out += `<${name}${attributes(node, page)}>${inner}</${name}>`;
    }
    // Comments, doctypes and the like show nothing.
  }
  return out;
}

const aroundBlocks = new RegExp(`\\s*(</?(?:${[...blocks].join('|')})\\b[^>]*>)\\s*`, 'g');

/**
 * What a reader gets from HTML: its elements with the attributes that show or lead somewhere, and
 * its text with white space as a browser shows it (runs folded to one space, none around blocks,
 * kept in <pre>). Attribute order, ids, classes and comments do not count. With `page`, relative
 * addresses are read as leading where they lead from that page.
 */
export function visibleStructure(html: string, page?: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  return serialise(tree.children, false, page)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(aroundBlocks, '$1')
    .trim()
    .replace(/[\u0001-\u0004]/g, (mark) => restore[mark]!);
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The content check's refusals of a section body (code, or HTML the site does not show). */
function refusal(mdx: string): string | undefined {
  const tree = mdxParser.runSync(mdxParser.parse(mdx)) as MdastRoot;
  const issues = checkMdxCode('example.mdx', tree).map((issue) => issue.message);
  // A capitalised tag is a component, and the site knows only its own (the content check's rule).
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const name = (node as MdxJsxFlowElement | MdxJsxTextElement).name ?? '';
    if (/^[A-Z]/.test(name) && !(mdxComponentNames as readonly string[]).includes(name))
      issues.push(`<${name}> is read as a component, and the site has none of that name`);
  });
  return issues[0];
}

const isSyntaxError = (error: unknown) =>
  (typeof error === 'object' && error !== null && (error as { name?: string }).name === '[VFileMessage]') ||
  (error as { constructor?: { name?: string } })?.constructor?.name === 'VFileMessage';

/** How the site shows one example, beside the spec's HTML. */
export async function compareExample(example: SpecExample): Promise<Outcome> {
  let html: string;
  try {
    const refused = refusal(example.markdown);
    if (refused) return { kind: 'refused', reason: `content check: ${refused}` };
    html = await renderMdx(example.markdown);
  } catch (error) {
    if (isSyntaxError(error)) {
      return { kind: 'refused', reason: `MDX: ${String((error as Error).message).split('\n')[0]}` };
    }
    return { kind: 'crash', error: String((error as Error)?.stack ?? error) };
  }
  const expected = visibleStructure(example.html);
  const actual = visibleStructure(html);
  return expected === actual ? { kind: 'same' } : { kind: 'differs', expected, actual };
}

/** Each heading level as one: the site puts each section under its own page title, at its own levels. */
const anyLevel = (structure: string) => structure.replace(/<(\/?)h[1-6]>/g, '<$1h>');

/** The wrapper every example is imported in (the issue's reproduction): a title, then one section. */
const wrapper = { title: 'Policy', section: 'Section' };

/** The page GitHub shows the imported file on (tests/helpers/import.ts imports it from there). */
const githubPage = 'https://github.com/example/project/blob/HEAD/SECURITY.md';

const bodyOf = (file: string) => /^---\n[\s\S]*?\n---\n?([\s\S]*)$/.exec(file)?.[1] ?? file;

/**
 * How the site shows one example imported as a SECURITY.md (`# Policy`, `## Section`, the example)
 * with the real import, beside the spec's HTML: the title, the text before the sections, and each
 * section's part, title and body in order, rendered as the site renders them. Heading levels are
 * compared as one (each section is a page of its own, titled at level 1).
 */
export async function compareImported(
  example: SpecExample,
  importText: (source: string) => ImportResultLike,
  defaultTitle: string,
  /** False for a whole SECURITY.md, which needs no title and section around it. */
  wrap = true,
): Promise<Outcome> {
  let html = '';
  try {
    const source = wrap
      ? `# ${wrapper.title}\n\n## ${wrapper.section}\n\n${example.markdown}`
      : example.markdown;
    const result = importText(source);
    if (result.errors.length > 0)
      return {
        kind: 'refused',
        reason: `import: line ${result.errors[0]!.line}: ${result.errors[0]!.message}`,
      };
    if (result.lost.length > 0)
      return { kind: 'refused', reason: `import: text lost: ${JSON.stringify(result.lost[0])}` };
    const sections = [...result.files]
      .filter(([path]) => path.startsWith('policy/'))
      .map(([, file]) => {
        const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(file)![1]!) as {
          title: string;
          order: number;
          part?: string;
          heading?: string;
        };
        return { ...data, body: bodyOf(file) };
      })
      .sort((a, b) => a.order - b.order);
    const intro = result.files.get('intro.mdx');
    const heading = (text: string) => `<h1>${escape(text)}</h1>`;
    // The site's own name for a policy whose file has no single title: GitHub shows none.
    const written = example.markdown.split('\n').some((line) => line.trim() === `# ${result.title}`);
    if (result.title !== defaultTitle || written) html += heading(result.title);
    if (intro) html += await renderMdx(bodyOf(intro));
    let part: string | undefined;
    for (const section of sections) {
      if (section.part && section.part !== part) html += heading(section.part);
      part = section.part;
      // The page's heading, as SectionLayout.astro shows it: with its formatting, if it has any.
      html += `<h1>${sectionHeadingHtml(section, '/')}</h1>${await renderMdx(section.body)}`;
    }
  } catch (error) {
    if (isSyntaxError(error)) {
      return { kind: 'refused', reason: `MDX: ${String((error as Error).message).split('\n')[0]}` };
    }
    return { kind: 'crash', error: String((error as Error)?.stack ?? error) };
  }
  const expected = anyLevel(
    visibleStructure(
      `${wrap ? `<h1>${wrapper.title}</h1><h2>${wrapper.section}</h2>` : ''}${tagfilter(example.html)}`,
      githubPage,
    ),
  );
  const actual = anyLevel(visibleStructure(html, githubPage));
  return expected === actual ? { kind: 'same' } : { kind: 'differs', expected, actual };
}

/**
 * The spec's HTML as GitHub serves it: GitHub's renderer runs GFM's tagfilter extension on every
 * file, which writes `<style>`, `<title>` and the like as text (GFM 6.11). The spec's examples
 * outside that section are written without it.
 */
export const tagfilter = (html: string) =>
  html.replace(/<(\/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)\b)/gi, '&lt;$1');

/** What compareImported reads of an import. */
export interface ImportResultLike {
  files: ReadonlyMap<string, string>;
  errors: readonly { line: number; message: string }[];
  lost: readonly unknown[];
  title: string;
}
