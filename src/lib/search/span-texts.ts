import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { excludedFromIndex } from './excluded';

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The indexed text of a section page by span: the text before the body's first heading under
 * the page title's id (the h1's), then each body heading's own text and what follows it, up to
 * the next heading. The same spans search ranks (src/lib/search/page-text.ts). Takes the page's
 * HTML or the page already parsed, which it leaves as it is.
 */
export function spanTexts(page: string | CheerioAPI): Map<string, string> {
  const $ = typeof page === 'string' ? load(page) : page;
  const body = $('[data-pagefind-body]').first();
  const texts = new Map<string, string[]>();
  let current = $('h1[id]').first().attr('id') ?? '';
  if (body.length === 0) return new Map();
  // What the index leaves out is passed over, not removed: the caller may index the page next.
  const excluded = new Set<AnyNode>(body.find(excludedFromIndex.join(', ')).toArray());
  const walk = (node: AnyNode) => {
    if (excluded.has(node)) return;
    if (node.type === 'text') {
      const list = texts.get(current) ?? [];
      list.push(node.data);
      texts.set(current, list);
      return;
    }
    if (node.type !== 'tag') return;
    const id = node.attribs.id;
    if (headings.has(node.name) && id) current = id;
    for (const child of node.children) walk(child);
  };
  for (const child of body.get(0)!.children) walk(child);
  return new Map([...texts].map(([id, parts]) => [id, parts.join(' ').replace(/\s+/g, ' ').trim()]));
}
