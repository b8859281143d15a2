import { decodeHTML } from 'entities';

/** Elements with no closing tag: JSX needs them written `<br />`. */
export const voidElements = new Set(['area', 'br', 'col', 'hr', 'img', 'source', 'wbr']);

export type HtmlToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean; raw: string }
  | { kind: 'close'; name: string; raw: string }
  | { kind: 'text'; value: string }
  /** `unterminated`: a tag the text ends inside (`<div id="x"` and no `>`), which a browser hides. */
  | { kind: 'comment'; value: string; unterminated?: string };

// A comment ends where a browser ends it (the HTML Standard): at `-->`, at `--!>`, or at once
// for `<!-->` and `<!--->`; what follows is text that GitHub shows, so it is kept. A declaration
// or processing instruction (`<!DOCTYPE html>`, `<?php … ?>`, `<![CDATA[…]]>`) is, for a browser,
// a comment up to its first `>`: GitHub's page shows none of it, nor does the site. A tag the
// HTML ends inside (`<div class` and no `>`) a browser reads as a tag to the end: nothing shows.
const tagPattern =
  /<!--(?:-?>|([\s\S]*?)(?:--!?>|$))|<[!?][^>]*>?|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|(<[a-zA-Z][^>]*$)/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The tags, text and comments of one piece of raw HTML, in order, as written: a piece often opens
 * an element (`<details>`, `<kbd>`) that a later piece closes, which an HTML parser would close
 * itself or drop, so this reads tags one by one and pairs nothing.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const text = (value: string) => {
    if (value === '') return;
    const last = tokens.at(-1);
    if (last?.kind === 'text') last.value += decodeHTML(value);
    else tokens.push({ kind: 'text', value: decodeHTML(value) });
  };
  let at = 0;
  for (const match of html.matchAll(tagPattern)) {
    text(html.slice(at, match.index));
    at = match.index + match[0].length;
    if (match[0].startsWith('<!--')) {
      tokens.push({ kind: 'comment', value: match[1] ?? '' });
      continue;
    }
    if (match[3] === undefined) {
      tokens.push({ kind: 'comment', value: '', ...(match[6] ? { unterminated: match[6] } : {}) });
      continue;
    }
    const name = match[3].toLowerCase();
    if (match[2]) {
      if (!voidElements.has(name)) tokens.push({ kind: 'close', name, raw: match[0] });
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (match[4] ?? '').matchAll(attributePattern))
      attributes[attribute[1]!.toLowerCase()] = decodeHTML(
        attribute[2] ?? attribute[3] ?? attribute[4] ?? '',
      );
    tokens.push({ kind: 'open', name, attributes, selfClosing: match[5] === '/', raw: match[0] });
  }
  text(html.slice(at));
  return tokens;
}
