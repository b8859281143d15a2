// Turns the header's search link into a button that opens search, and opens it on `/`,
// Ctrl+K or Cmd+K and for `?q=` links. The dialog and Pagefind load when a reader shows they
// are about to search (pointer over the button, focus on it, the shortcut), never before.
import { searchHighlightParam, searchQueryParam, searchStylesFile } from '../lib/constants';
import { bundleOf } from './search/bundle';
import type { SearchUi } from './search/dialog';
import { warmUpFile, type WarmUp } from '../lib/search/warm-up';
// Built as a module of its own and loaded by URL: an `import()` the bundler can see would bring
// its preload helper into this script, which every page runs, for a module that needs none.
import dialogUrl from './search/dialog?worker&url';
import highlightUrl from './search/highlight?worker&url';

const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
const params = new URLSearchParams(location.search);
const base = link?.dataset.base;

if (base && params.has(searchHighlightParam))
  void import(/* @vite-ignore */ highlightUrl).then(() => window.highlightPolicySearch!(base));

if (link && base) {
  const button = document.createElement('button');
  const hint = document.createElement('kbd');
  hint.textContent = '/';
  hint.setAttribute('aria-hidden', 'true');
  button.type = 'button';
  // The link's classes, Astro's scoping class among them (scopedStyleStrategy in
  // astro.config.mjs), so the button wears the same styles.
  button.className = link.className;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  button.append('Search', hint);
  link.replaceWith(button);

  let ui: Promise<SearchUi> | undefined;
  /** Starts loading the dialog, its styles and Pagefind, once. */
  const prepare = () => {
    if (ui) return ui;
    const bundle = bundleOf(base);
    const preload = (rel: string, href: string, as?: string) => {
      const link = document.createElement('link');
      link.rel = rel;
      link.href = href;
      if (as) link.as = as;
      // A preload is only taken by a request of the same mode: fetch() and module scripts ask
      // in CORS mode, and so does the dialog's stylesheet (src/scripts/search/dialog.ts).
      link.crossOrigin = 'anonymous';
      document.head.append(link);
    };
    // The dialog's styles and Pagefind's engine download beside the dialog rather than after it,
    preload('modulepreload', `${bundle}pagefind.js`);
    preload('preload', `${base}${searchStylesFile}`, 'style');
    // and the files of the index the first search needs all at once, rather than in the chain
    // Pagefind asks in: its own requests then find them in memory (src/lib/search/warm-up.ts).
    // Revalidated, as a new deployment names new files; without it Pagefind fetches as usual.
    const entryTag = fetch(`${bundle}${warmUpFile}`, { cache: 'no-cache' })
      .then((response) => response.json() as Promise<WarmUp>)
      .then(({ entryTag, files }) => {
        for (const file of files) preload('preload', `${bundle}${file}`, 'fetch');
        return entryTag;
      })
      .catch(() => undefined);
    return (ui = import(/* @vite-ignore */ dialogUrl).then(() => window.mountPolicySearch!(base, entryTag)));
  };
  for (const intent of ['pointerenter', 'focus', 'touchstart'])
    button.addEventListener(intent, () => void prepare().catch(() => undefined), {
      once: true,
      passive: true,
    });

  // What the reader types while the dialog loads the first time, so no keystroke is lost.
  let typedAhead: string | undefined;
  const keepTyping = (event: KeyboardEvent) => {
    if (typedAhead === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) typedAhead += event.key;
    else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
    else return;
    event.preventDefault();
  };
  const open = (query = '') => {
    typedAhead = query;
    prepare().then(
      (search) => {
        search.open(typedAhead);
        typedAhead = undefined;
      },
      (error: unknown) => {
        // Search could not load (offline, blocked): fall back to the link to the whole policy.
        console.error(error);
        ui = typedAhead = undefined;
        button.replaceWith(link);
        link.focus();
      },
    );
  };

  button.addEventListener('click', () => open());
  addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (slash || modK) {
      event.preventDefault();
      if (typedAhead === undefined) open();
    } else keepTyping(event);
  });

  const query = params.get(searchQueryParam);
  if (query) open(query);
}
