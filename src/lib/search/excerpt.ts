// The few words of a result shown under its title: a window of the subsection's own text around
// what matched, the matched words marked.
import type { PageText, Span } from './page-text';

/** A run of words to show, marked where they match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Words shown around the matches in an excerpt. */
export const excerptWords = 24;

/** A window of the span's own text around its matches, with the matched words marked. */
export function excerptOf(page: PageText, span: Span, marked: ReadonlySet<number>): ExcerptPart[] {
  const inText = [...marked].filter((at) => at >= span.start && at < span.textEnd).sort((a, b) => a - b);
  // Start where the window holds the most matches, a few words before the first of them.
  let start = span.start;
  let most = 0;
  for (const at of inText) {
    const count = inText.filter((other) => other >= at && other < at + excerptWords).length;
    if (count > most) [most, start] = [count, Math.max(span.start, at - 4)];
  }
  const end = Math.min(span.textEnd, start + excerptWords);
  start = Math.max(span.start, Math.min(start, end - excerptWords));
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > span.start) push('… ', false);
  for (let at = start; at < end; at++) {
    if (at > start) push(' ', false);
    push(page.words[at]!, marked.has(at));
  }
  if (end < span.textEnd) push(' …', false);
  return parts;
}
