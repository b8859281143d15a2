/**
 * Raw HTML as GitHub shows it, written so MDX shows the same.
 *
 * GitHub ends an HTML block only at a blank line (or at its closing tag, for `<pre>`, `<style>`,
 * comments…), and shows everything in it as HTML: `*foo*` there is two stars, not emphasis, and
 * its line breaks are spaces (inside `<pre>`, line breaks). MDX reads Markdown inside HTML and
 * splits it at line breaks, so the text of an HTML block is written without line breaks, its Markdown
 * punctuation and line breaks as character references: MDX shows them as the characters they are.
 */

/** Characters MDX (Markdown, JSX or an autolink) would read as syntax in text. */
const syntax = /[\\`*_[\]()#+\-.!|~<>{}&:@\n\r]/g;

/** An MDX comment that holds nothing: it splits a text in two, and shows nothing. */
const unlinked = '{/**/}';

/**
 * Text of an HTML block, as MDX that shows exactly that text, on one line. White space alone
 * between two tags, outside `<pre>`, stays a line break (MDX reads a tag left open at the end of
 * its line, such as `<details>`, as HTML only there), or the spaces it is.
 */
export function escapeRawText(text: string, inPre = false): string {
  if (!inPre && /^\s+$/.test(text)) return text.includes('\n') ? '\n' : text;
  return (
    text
      .replace(syntax, (char) => `&#${char.charCodeAt(0)};`)
      // GitHub links no address in an HTML block, where remark-gfm links one in any text, decoded:
      // an empty comment, which shows nothing, parts the text where an address would start.
      .replace(/&#58;\/\/|&#64;/g, `${unlinked}$&`)
      .replace(/\bwww(?=&#46;)/gi, `$&${unlinked}`)
  );
}

/**
 * Tags GitHub shows as text, not as HTML (GFM's "disallowed raw HTML", the tagfilter extension):
 * `<style>` is written `&lt;style>`, so a reader sees the tag and what follows it; `<iframe>` too,
 * which then embeds nothing. `<script>` is among them but stays refused: a policy holding one is
 * a mistake or an attack, and its author should hear of it.
 */
export const shownAsText = new Set([
  'title',
  'textarea',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/**
 * An inline `<!-- … -->` that GitHub does not read as a comment: its renderer follows CommonMark
 * 0.29 there, where a comment's text may not start with `>` or `->`, hold `--`, or end with `-`
 * (`<!-- a -- b -->` shows as written). The import's parser follows CommonMark 0.31, which reads
 * those as comments and would hide their text.
 */
export function isTextOnGithub(inlineHtml: string): boolean {
  // CommonMark 0.31 ends these at once, as a browser does; for 0.29 they open no comment.
  if (inlineHtml === '<!-->' || inlineHtml === '<!--->') return true;
  const comment = /^<!--([\s\S]*)-->$/.exec(inlineHtml);
  if (!comment) return false;
  const text = comment[1]!;
  return /^->?|^>/.test(text) || text.includes('--') || text.endsWith('-');
}
