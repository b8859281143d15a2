import { allowedHtml } from '../content-check/mdx-code';
import { runsScript } from '../content-check/unsafe';
import { tokenizeHtml, voidElements, type HtmlToken } from '../markdown/html-tokens';
import { escapeRawText, shownAsText } from './raw-html-text';

export { tokenizeHtml, type HtmlToken };

/** Something the conversion refused or changed, at a line of the source. */
export interface ImportNote {
  line: number;
  message: string;
}

/** Attributes kept on HTML: what changes how GitHub shows the text, nothing that styles or runs. */
const keptAttributes = new Set([
  'align',
  'alt',
  'colspan',
  'dir',
  'height',
  'href',
  'id',
  'lang',
  'name',
  'open',
  'rowspan',
  'start',
  'title',
  'width',
]);

/** Elements that stand in a line of text: spaces between two of them are seen. */
export const phrasing = new Set(
  'a abbr b br code del em i img ins kbd mark q s samp small span strong sub sup tt u var'.split(' '),
);

/** Tags whose content is code or a document of its own, not text of the policy. */
const refused = new Set(['script', 'object', 'embed', 'form']);

/** Text inside HTML, made safe for MDX, where `{` starts code and `<` a tag. */
export function escapeMdxText(value: string): string {
  return value.replace(/[{}<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const attributeValue = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The text of HTML as a reader sees it (tags GitHub shows as text among it), for the check that nothing was lost. */
export function htmlText(html: string): string {
  return tokenizeHtml(html)
    .map((token) =>
      token.kind === 'text'
        ? token.value
        : token.kind !== 'comment' && shownAsText.has(token.name)
          ? token.raw
          : token.kind === 'open' && token.name === 'img'
            ? ` ${token.attributes.alt ?? ''} `
            : ' ',
    )
    .join('');
}

export interface HtmlPiece {
  html: string;
  line: number;
  /** An HTML block, not HTML inside a paragraph: its text is shown as written (raw-html-text.ts). */
  flow?: boolean;
}

/**
 * Raw HTML of one section, piece by piece (each block or inline HTML node), as MDX that renders
 * the same: void elements closed, comments as MDX comments, text escaped, attributes limited to
 * those that carry meaning. Tags the section opens and never closes (or closes without opening)
 * are layout around several sections, such as a centred `<div>`: they are left out and noted,
 * their text kept. An image the site does not load (src/lib/image-sources.ts) becomes a link to it.
 * Scripts and event handlers are refused with a note; the caller treats those as errors.
 */
export function convertHtmlPieces(
  pieces: readonly HtmlPiece[],
  resolveUrl: (url: string, image: boolean) => string,
  showsImage: (url: string) => boolean = () => false,
): { mdx: string[]; notes: ImportNote[]; errors: ImportNote[] } {
  const notes: ImportNote[] = [];
  const errors: ImportNote[] = [];
  const tokenized = pieces.map((piece) => tokenizeHtml(piece.html));

  // Pair opening and closing tags across the section's pieces; unpaired ones are dropped. A pair
  // split between two HTML blocks (`<div>` … Markdown … `</div>`) is on lines of its own in MDX.
  const paired = new Set<HtmlToken>();
  const split = new Set<HtmlToken>();
  const stack: { name: string; token: HtmlToken; piece: number }[] = [];
  tokenized.forEach((tokens, piece) => {
    for (const token of tokens) {
      if (token.kind === 'open' && !voidElements.has(token.name) && !token.selfClosing) {
        stack.push({ name: token.name, token, piece });
      } else if (token.kind === 'close') {
        const at = stack.findLastIndex((open) => open.name === token.name);
        if (at === -1) continue;
        if (stack[at]!.piece !== piece) for (const end of [stack[at]!.token, token]) split.add(end);
        for (const open of stack.splice(at)) if (open.name === token.name) paired.add(open.token);
        paired.add(token);
      }
    }
  });

  let insideLink = 0;
  const mdx = tokenized.map((tokens, index) => {
    const { line, flow } = pieces[index]!;
    let out = '';
    let inPre = 0;
    // Elements written and still open, and whether text stands outside all of them.
    let depth = 0;
    let looseText = false;
    // Spaces between two elements outside all others, and whether one of those is a block.
    let spaced = false;
    let block = false;
    // An HTML block's lines: the tags of split pairs, and what stands between them.
    const lines: string[] = [];
    const flush = () => {
      const segment = out.trim();
      // MDX makes a paragraph of a line with text beside its tags, where GitHub shows the text as
      // it stands, and drops the spaces between two elements (`<b>Email:</b> <a …>`): a <span>,
      // which changes nothing a reader sees, keeps the line out of a paragraph, spaces and all.
      const wrap = looseText || (spaced && !block);
      if (segment !== '') lines.push(wrap ? `<span>${segment}</span>` : segment);
      [out, depth, looseText, spaced, block] = ['', 0, false, false, false];
    };
    for (const [i, token] of tokens.entries()) {
      if (token.kind === 'text') {
        // White space before text that GitHub shows (`<xmp>`, written as text) is that text's, not a line of tags.
        const next = tokens[i + 1];
        const beforeText = next?.kind === 'open' && shownAsText.has(next.name);
        // Inside an element this block opens and closes, a line break between two tags is a space:
        // the element stays on one line, which MDX reads as one element, spaces kept.
        const value = (beforeText || depth > 0) && token.value.trim() === '' ? ' ' : token.value;
        out += flow ? escapeRawText(value, inPre > 0) : escapeMdxText(value);
        if (depth === 0 && token.value.trim() !== '') looseText = true;
        else if (depth === 0 && /^[ \t]+$/.test(token.value) && out.trim() !== '') spaced = true;
        continue;
      }
      if (token.kind !== 'comment' && token.name === 'pre') inPre += token.kind === 'open' ? 1 : -1;
      if (token.kind === 'comment' && token.unterminated)
        notes.push({
          line,
          message: `"${token.unterminated.split('\n')[0]}" is a tag never ended with ">": GitHub shows nothing of it, nor does the site; end it with ">", or write "&lt;" to show it as text`,
        });
      if (token.kind === 'comment') {
        // An HTML block is written on one line (raw-html-text.ts): so is a comment inside it.
        const value = flow ? token.value.replace(/\s+/g, ' ') : token.value;
        const text = value.trim().replace(/\*\//g, '* /');
        if (text !== '') out += `{/* ${text} */}`;
        continue;
      }
      const { name } = token;
      if (shownAsText.has(name)) {
        out += escapeRawText(token.raw);
        if (depth === 0) looseText = true;
        continue;
      }
      if (refused.has(name)) {
        if (token.kind === 'open')
          errors.push({
            line,
            message: `<${name}> runs code or embeds another page, which a policy must not: remove it from the file`,
          });
        continue;
      }
      if (token.kind === 'close') {
        if (!paired.has(token) || !allowedHtml.has(name)) continue;
        if (name === 'a') insideLink--;
        if (flow && split.has(token)) {
          flush();
          lines.push(`</${name}>`);
          continue;
        }
        out += `</${name}>`;
        depth--;
        continue;
      }
      for (const [attribute, value] of Object.entries(token.attributes)) {
        if (/^on/.test(attribute))
          errors.push({
            line,
            message: `the event handler ${attribute}= on <${name}> runs script: remove it from the file`,
          });
        else if (runsScript(value))
          errors.push({
            line,
            message: `${attribute}="${value}" on <${name}> runs script: use an https:// address`,
          });
      }
      const src = name === 'img' && token.attributes.src ? resolveUrl(token.attributes.src, true) : undefined;
      if (name === 'img' && !(src && showsImage(src))) {
        const alt = token.attributes.alt?.trim() || 'image';
        // Inside a link (a badge) the image stands for the link's text.
        out +=
          insideLink > 0 || !src
            ? escapeMdxText(alt)
            : `<a href="${attributeValue(src)}">${escapeMdxText(alt)}</a>`;
        continue;
      }
      const isVoid = voidElements.has(name) || token.selfClosing;
      if (!allowedHtml.has(name)) {
        notes.push({ line, message: `<${name}> is not shown on the site (layout only); its text is kept` });
        continue;
      }
      if (!isVoid && !paired.has(token)) {
        notes.push({
          line,
          message: `<${name}> is never closed in this section (it wraps several sections): left out, its text kept`,
        });
        continue;
      }
      const attributes = Object.entries({ ...(src ? { src } : {}), ...token.attributes })
        .filter(
          ([attribute, value]) =>
            (keptAttributes.has(attribute) || attribute === 'src') && !runsScript(value),
        )
        .map(([attribute, value]) => {
          const resolved =
            attribute === 'href' ? resolveUrl(value, false) : attribute === 'src' ? (src ?? value) : value;
          return resolved === '' && attribute === 'open'
            ? ' open'
            : ` ${attribute}="${attributeValue(resolved)}"`;
        })
        .join('');
      if (name === 'a' && !isVoid) insideLink++;
      const tag = isVoid ? `<${name}${attributes} />` : `<${name}${attributes}>`;
      if (flow && split.has(token)) {
        flush();
        lines.push(tag);
        continue;
      }
      if (depth === 0 && !phrasing.has(name)) block = true;
      out += tag;
      if (!isVoid) depth++;
    }
    if (!flow) return out;
    flush();
    // A comment between two lists keeps them two lists on GitHub: an empty MDX comment does too.
    return lines.length === 0 && tokens.some((token) => token.kind === 'comment')
      ? '{/* */}'
      : lines.join('\n');
  });
  return { mdx, notes, errors };
}
