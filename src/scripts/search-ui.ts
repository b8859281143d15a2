// Pagefind's Component UI, loaded and set up the first time a reader opens search.
import { searchHighlightParam } from '../lib/constants';

export interface SearchUi {
  /** Opens the search dialog, searching for `query` when one is given. */
  open(query?: string): void;
}

interface PagefindModal extends HTMLElement {
  open(): void;
  /** The Pagefind instance the dialog's components share. */
  instance?: { triggerLoad(): Promise<void>; __pagefind__?: { preload(term: string): Promise<void> } };
}

function element(name: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

/**
 * Adds a stylesheet or module script to the page and waits for it. An element rather than
 * `import()`: the bundler wraps every `import()` in a preload helper that would weigh more than
 * all of this script.
 */
export function load(kind: 'style' | 'script', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const node =
      kind === 'style'
        ? element('link', { rel: 'stylesheet', href: url })
        : element('script', { type: 'module', src: url });
    node.addEventListener('load', () => resolve());
    node.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    document.head.append(node);
  });
}

/** The Pagefind bundle of the site whose base path is `base` ("/keras/"). */
export const bundleOf = (base: string) => `${base}pagefind/`;

/** Loads Pagefind's UI for the site at `base` (a URL path ending in `/`) and adds its dialog. */
export async function mountSearch(base: string): Promise<SearchUi> {
  const bundle = bundleOf(base);
  await Promise.all([
    load('style', `${bundle}pagefind-component-ui.css`),
    // The dialog in the site's colours (public/search-theme.css), after Pagefind's own styles so
    // it wins; fetched with the UI, so pages that never search do not pay for it.
    load('style', `${base}search-theme.css`),
    load('script', `${bundle}pagefind-component-ui.js`),
  ]);
  const config = element('pagefind-config', {
    'bundle-path': bundle,
    // The index stores site paths; results link under the base path.
    'base-url': base,
    'highlight-param': searchHighlightParam,
  });
  const modal = element('pagefind-modal') as PagefindModal;
  document.body.append(config, modal);
  await customElements.whenDefined('pagefind-modal');
  // The dialog builds its own input, results and hints; tune them once they exist.
  // Pagefind drops stale searches itself, so waiting between keystrokes would only add latency:
  // 1 ms is the smallest debounce the input accepts (0 means its 300 ms default).
  modal.querySelector('pagefind-input')?.setAttribute('debounce', '1');
  modal.querySelector('pagefind-input')?.setAttribute('placeholder', 'Search the policy');
  // Load Pagefind's engine and the index now, while the reader starts typing, rather than on
  // the first keystroke. `preload` fetches the index chunks for a prefix; a site this size has
  // one. (`__pagefind__` is the UI's engine; were it renamed, this only loses the head start.)
  const instance = modal.instance;
  void instance?.triggerLoad().then(() => instance.__pagefind__?.preload('a'));

  return {
    open(query = '') {
      modal.open();
      if (!query) return;
      const input = modal.querySelector('input');
      if (!input) return;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
}
