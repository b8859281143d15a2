// Turns the header's search link into a button that opens search, and opens it on `/`,
// Ctrl+K or Cmd+K and for `?q=` links. The dialog's shell is in the page
// (src/components/SearchDialog.astro) and shows at once; its script and Pagefind load when a
// reader shows they are about to search (pointer over the button, focus on it, the shortcut),
// never before.
import { pageIds, searchHighlightParam, searchQueryParam } from '../lib/constants';
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
const dialog = document.getElementById(pageIds.searchDialog) as HTMLDialogElement | null;
const input = document.getElementById(pageIds.searchInput) as HTMLInputElement | null;

if (base && params.has(searchHighlightParam))
  void import(/* @vite-ignore */ highlightUrl).then(() => window.highlightPolicySearch!(base));

if (link && base && dialog && input) {
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
  /** Starts loading the dialog's behaviour and Pagefind, once. */
  const prepare = () => {
    if (ui) return ui;
    const bundle = bundleOf(base);
    const preload = (rel: string, href: string, as?: string) => {
      const link = document.createElement('link');
      link.rel = rel;
      link.href = href;
      if (as) link.as = as;
      // A preload is only taken by a request of the same mode: fetch() and module scripts ask
      // in CORS mode.
      link.crossOrigin = 'anonymous';
      document.head.append(link);
    };
    // Pagefind's engine downloads beside the dialog's script rather than after it,
    preload('modulepreload', `${bundle}pagefind.js`);
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
    return (ui = import(/* @vite-ignore */ dialogUrl).then(() =>
      window.mountPolicySearch!(dialog, base, entryTag),
    ));
  };
  for (const intent of ['pointerenter', 'focus', 'touchstart'])
    button.addEventListener(intent, () => void prepare().catch(() => undefined), {
      once: true,
      passive: true,
    });

  // The shell's own behaviour, there before its script: open, close, and focus back to where the
  // reader was. The field is focused at once, so what they type goes into it while search loads.
  let opener: Element | null = null;
  const open = (query?: string) => {
    if (!dialog.open) {
      opener = document.activeElement;
      dialog.showModal();
    }
    if (query !== undefined) input.value = query;
    input.focus();
    prepare().then(
      (search) => search.opened(),
      (error: unknown) => {
        // Search could not load (offline, blocked): fall back to the link to the whole policy.
        console.error(error);
        ui = undefined;
        dialog.close();
        button.replaceWith(link);
        link.focus();
      },
    );
  };
  dialog.querySelector('.search-close')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    // A search field would take the first Escape to clear itself; here Escape always closes.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });

  button.addEventListener('click', () => open());
  addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !modK) return;
    event.preventDefault();
    open();
  });

  const query = params.get(searchQueryParam);
  if (query) open(query);
}
