// Marks the searched words on the page a search result led to, with Pagefind's highlighter.
// Loaded only on such a page (src/scripts/search.ts), so no other page carries its bytes.
import { searchHighlightParam } from '../../lib/constants';
import { fragmentId } from '../../lib/fragment';
import { bundleOf } from './bundle';

type PagefindHighlight = new (options: {
  highlightParam: string;
  addStyles: boolean;
  markOptions: Record<string, unknown>;
}) => unknown;

/**
 * What may stand next to a marked word: the words to mark are the page's own, whole (the search
 * sends them as the page writes them: src/lib/search/marks.ts), so "safe" is never marked inside
 * "safeguards". Not the hyphen: "Multi-Tenant" is sent whole when it is what matched.
 */
const wordEdges = [
  ',',
  '.',
  ':',
  ';',
  '!',
  '?',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '‘',
  '’',
  '“',
  '”',
  '…',
  '—',
  '–',
  '/',
];

async function highlight(base: string): Promise<void> {
  // A script element rather than import(): the highlighter sets a global instead of exporting.
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${bundleOf(base)}pagefind-highlight.js`;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${script.src}`)));
    document.head.append(script);
  });
  const Highlighter = (window as unknown as { PagefindHighlight: PagefindHighlight }).PagefindHighlight;
  // The site styles <mark> itself; Pagefind's own styles would be an inline <style>, which the CSP blocks.
  new Highlighter({
    highlightParam: searchHighlightParam,
    addStyles: false,
    markOptions: {
      // Pagefind's own class name; it adds its default `exclude` (`[data-pagefind-ignore]`) itself.
      className: 'pagefind-highlight',
      accuracy: { value: 'exactly', limiters: wordEdges },
    },
  });
  // Marking can move text: bring the linked heading back to the top.
  if (location.hash) document.getElementById(fragmentId(location.hash))?.scrollIntoView();
}

declare global {
  interface Window {
    /** How the page's script reaches this module, which it loads by URL (src/scripts/search.ts). */
    highlightPolicySearch?: typeof highlight;
  }
}
window.highlightPolicySearch = highlight;
