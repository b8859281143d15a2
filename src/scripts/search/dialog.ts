// The search dialog's behaviour: searching as the reader types, the live status line, the ranked
// results and the keys that move through them. Its shell (a native modal <dialog> with the field)
// is in the page (src/components/SearchDialog.astro) and opened by src/scripts/search.ts; this
// module loads when a reader shows they are about to search.
import { pageIds, searchHighlightParam } from '../../lib/constants';
import type { RankedPage, RankedSpan } from '../../lib/search/rank';
import { loadEngine, type SearchEngine, type SearchOutcome } from './engine';

export interface SearchUi {
  /** The dialog was opened: searches for what its field holds (typed while loading, or `?q=`). */
  opened(): void;
}

/** Results shown for one query; a policy has few sections, a large one shows its best. */
const shownResults = 10;
/** Further matching subsections listed under a result. */
const shownSubResults = 3;

function element<K extends keyof HTMLElementTagNameMap>(
  name: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

const quoted = (text: string) => `“${text}”`;
const list = (words: readonly string[]) => words.join(', ');

/** Where a span leads: its page, with the words to mark there (as the page writes them), at its heading. */
function hrefOf(page: RankedPage, span: RankedSpan): string {
  const params = new URLSearchParams(page.marks.map((word) => [searchHighlightParam, word]));
  const query = page.marks.length > 0 ? `?${params}` : '';
  return `${page.page.url}${query}${span.span.id ? `#${span.span.id}` : ''}`;
}

function excerpt(span: RankedSpan): HTMLElement {
  const text = element('span', { class: 'search-excerpt' });
  for (const part of span.excerpt) text.append(part.mark ? element('mark', {}, part.text) : part.text);
  if (span.viaTerms.length > 0)
    text.append(element('span', { class: 'search-related' }, `Related: ${list(span.viaTerms)}`));
  return text;
}

/** One result: the section, led by its best-matching part, then its other matching parts. */
function resultItem(page: RankedPage): HTMLLIElement {
  const [best, ...others] = page.spans;
  const title = element('span', { class: 'search-title' }, page.page.title);
  if (best!.span.id) title.append(element('span', { class: 'search-sub-title' }, best!.span.title));
  const item = element(
    'li',
    { class: 'search-result' },
    element('a', { class: 'search-link', href: hrefOf(page, best!) }, title, excerpt(best!)),
  );
  const more = others.slice(0, shownSubResults);
  if (more.length > 0)
    item.append(
      element(
        'ul',
        { class: 'search-more', 'aria-label': `More in ${page.page.title}` },
        ...more.map((span) =>
          element(
            'li',
            {},
            element(
              'a',
              { class: 'search-link search-link-sub', href: hrefOf(page, span) },
              element('span', { class: 'search-title' }, span.span.title || page.page.title),
              excerpt(span),
            ),
          ),
        ),
      ),
    );
  return item;
}

/** What the status line says of an outcome: how many results, and what was searched instead. */
function summary(typed: string, outcome: SearchOutcome): string {
  const { ranking, corrected, suggestions, uncovered } = outcome;
  const count = ranking.pages.length;
  if (uncovered.length > 0)
    return `The policy says nothing about ${quoted(typed)}. How to report a vulnerability of that kind:`;
  const results = `${count} result${count === 1 ? '' : 's'}`;
  if (count === 0) {
    const near = suggestions.length > 0 ? ` Words it has that come closest: ${list(suggestions)}.` : '';
    return `Nothing in the policy matches ${quoted(typed)}.${near}`;
  }
  const words = outcome.query.words.map((w) => w.word);
  const found = words.filter((word) => !ranking.missing.includes(word));
  const notes: string[] = [];
  if (corrected.length > 0)
    notes.push(
      `The policy has no ${list(corrected.map((c) => quoted(c.from)))}; showing results for ${list(
        corrected.map((c) => quoted(c.to)),
      )}.`,
    );
  // The glossary's plain words for jargon are alternatives, not words every section must have.
  const expanded = corrected.some((c) => c.searched !== c.to);
  if (!ranking.complete && words.length > 1 && !expanded)
    notes.push(`No section has all of your words; showing sections with: ${list(found)}.`);
  return `${results} for ${quoted(typed)}. ${notes.join(' ')}`.trim();
}

/**
 * Pagefind's first search makes a grapheme segmenter, and a page's first one takes the browser
 * 30–60 ms to load its rules. Made a task after the dialog is mounted (so after it first opens,
 * when `/` mounted it; before, when a pointer or focus did), while Pagefind's WebAssembly and
 * index are still on their way, rather than after them, on the way to the first results.
 */
function warmUpSegmenter() {
  setTimeout(() => {
    try {
      new Intl.Segmenter(document.documentElement.lang || 'unknown', { granularity: 'grapheme' });
    } catch {
      // A `lang` no segmenter accepts: Pagefind then makes none either.
    }
  });
}

/**
 * Brings the page's search dialog to life and returns what to call when it opens; Pagefind loads
 * meanwhile, asking for its entry with `entryTag` when the page warmed one up
 * (src/lib/search/warm-up.ts).
 */
export function mountSearch(
  dialog: HTMLDialogElement,
  base: string,
  entryTag: Promise<string | undefined>,
): SearchUi {
  const engine: Promise<SearchEngine> = loadEngine(base, entryTag);
  // Not awaited before the dialog opens: typing may start while the engine loads.
  engine.catch(() => undefined);

  const part = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
  const input = part<HTMLInputElement>(`#${pageIds.searchInput}`);
  const status = part<HTMLElement>(`#${pageIds.searchStatus}`);
  const results = part<HTMLOListElement>(`#${pageIds.searchResults}`);
  const suggestions = part<HTMLElement>('.search-suggestions');

  let latest = 0;
  /** The last text searched, so opening again with the same text searches nothing again. */
  let searched: string | undefined;

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];

  async function run(typed: string) {
    searched = typed;
    const id = ++latest;
    if (!typed.trim()) {
      results.replaceChildren();
      status.textContent = '';
      suggestions.hidden = true;
      return;
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const outcome = await (await engine).search(typed);
      if (id !== latest) return;
      results.replaceChildren(...outcome.ranking.pages.slice(0, shownResults).map(resultItem));
      status.textContent = summary(typed, outcome);
      suggestions.hidden = outcome.ranking.pages.length > 0 || outcome.suggestions.length === 0;
      suggestions.replaceChildren(
        'Search for: ',
        ...outcome.suggestions.map((word) =>
          element('button', { type: 'button', class: 'search-suggestion', 'data-word': word }, word),
        ),
      );
    } catch (error) {
      if (id !== latest) return;
      console.error(error);
      results.replaceChildren();
      status.textContent =
        'Search couldn’t load. Check your connection and try again, or read the whole policy.';
    } finally {
      if (id === latest) results.setAttribute('aria-busy', 'false');
    }
  }

  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('keydown', (event) => {
    // Enter in the field opens the best result, where a reader expects it to.
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    links()[0]?.click();
  });
  suggestions.addEventListener('click', (event) => {
    const word = (event.target as Element).closest<HTMLElement>('[data-word]')?.dataset.word;
    if (!word) return;
    input.value = word;
    input.focus();
    void run(word);
  });
  dialog.addEventListener('keydown', (event) => {
    // ↓ and ↑ move between the field and the results, as in a list of suggestions.
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...links()];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  warmUpSegmenter();
  // Typed into the field before this module had loaded: no input event will come for it.
  const opened = () => {
    if (input.value !== searched) void run(input.value);
  };
  return { opened };
}

declare global {
  interface Window {
    /** How the header's search button reaches this module, which it loads by URL (src/scripts/search.ts). */
    mountPolicySearch?: typeof mountSearch;
  }
}
window.mountPolicySearch = mountSearch;
